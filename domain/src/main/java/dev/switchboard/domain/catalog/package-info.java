/**
 * The model catalogue: what each provider lists, the shipped capability table that fills the gaps, and the routes
 * (aliases and fallback chains) clients may name. The stores here are ports that the persistence adapters implement.
 */
@NullMarked
package dev.switchboard.domain.catalog;

import org.jspecify.annotations.NullMarked;
