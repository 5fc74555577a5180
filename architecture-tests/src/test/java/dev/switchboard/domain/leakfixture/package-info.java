/**
 * Deliberate violations, placed in the domain's package so that the architecture tests can show their rules fail on
 * them. Test sources only: the production rules never import these classes.
 */
@NullMarked
package dev.switchboard.domain.leakfixture;

import org.jspecify.annotations.NullMarked;
