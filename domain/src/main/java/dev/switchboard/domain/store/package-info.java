@NullMarked
package dev.switchboard.domain.store;

import org.jspecify.annotations.NullMarked;
