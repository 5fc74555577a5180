/** A deliberate violation among the provider adapters, for the architecture tests. Test sources only. */
@NullMarked
package dev.switchboard.adapters.providers.leakfixture;

import org.jspecify.annotations.NullMarked;
