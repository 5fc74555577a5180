/**
 * The gateway's configuration: one immutable {@link dev.switchboard.bootstrap.config.GatewayConfig} read once at
 * start-up from one YAML file plus environment overrides, with every problem reported at once, and the
 * {@link dev.switchboard.bootstrap.config.MasterKey} that encrypts secrets at rest.
 */
@NullMarked
package dev.switchboard.bootstrap.config;

import org.jspecify.annotations.NullMarked;
