/**
 * The use cases, one class each ({@link dev.switchboard.application.CompleteChat}, {@link
 * dev.switchboard.application.StreamChat}, ...), and {@link dev.switchboard.application.Gateway}, the facade that
 * builds them from {@link dev.switchboard.application.GatewaySettings}. Helpers are package-private.
 */
@NullMarked
package dev.switchboard.application;

import org.jspecify.annotations.NullMarked;
