/** A deliberate violation in the application's package, for the architecture tests. Test sources only. */
@NullMarked
package dev.switchboard.application.leakfixture;

import org.jspecify.annotations.NullMarked;
