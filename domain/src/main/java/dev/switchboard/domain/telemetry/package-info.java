/**
 * What the gateway tells the outside about its work as it happens, for metrics and traces: the {@link
 * dev.switchboard.domain.telemetry.Telemetry} port, the spans of a request and of each upstream call, key rotation
 * events, and the W3C {@link dev.switchboard.domain.telemetry.TraceParent} that joins a request to its caller's trace and
 * travels upstream.
 */
@NullMarked
package dev.switchboard.domain.telemetry;

import org.jspecify.annotations.NullMarked;
