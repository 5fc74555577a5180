/**
 * End-to-end tests: they start the packaged gateway as a child process and drive it over HTTP, as a client would.
 */
@NullMarked
package dev.switchboard.e2e;

import org.jspecify.annotations.NullMarked;
