@NullMarked
package dev.switchboard.domain.normalize;

import org.jspecify.annotations.NullMarked;
