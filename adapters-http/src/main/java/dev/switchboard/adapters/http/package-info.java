/**
 * The inbound HTTP adapter. Only {@link dev.switchboard.adapters.http.HttpApi} and
 * {@link dev.switchboard.adapters.http.HttpSettings} are public; everything else serves them.
 */
@NullMarked
package dev.switchboard.adapters.http;

import org.jspecify.annotations.NullMarked;
