/**
 * The built-in {@code mock} provider: deterministic answers with no network, for a gateway that works without an API
 * key, for tests of the paths a real provider takes (tool calls, pacing, failures) and as a zero-cost upstream.
 */
@NullMarked
package dev.switchboard.adapters.providers.mock;

import org.jspecify.annotations.NullMarked;
