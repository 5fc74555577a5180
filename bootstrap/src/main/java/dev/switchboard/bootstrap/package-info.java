/** Start-up: {@link dev.switchboard.bootstrap.Main} and the wiring of configuration, gateway and HTTP server. */
@NullMarked
package dev.switchboard.bootstrap;

import org.jspecify.annotations.NullMarked;
