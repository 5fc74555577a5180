/**
 * ArchUnit rules over the production classes of every module: what the module system cannot check, such as which
 * framework may appear where, what a public signature may show and which names are banned.
 */
@NullMarked
package dev.switchboard.architecture;

import org.jspecify.annotations.NullMarked;
