@NullMarked
package dev.switchboard.domain.completion;

import org.jspecify.annotations.NullMarked;
