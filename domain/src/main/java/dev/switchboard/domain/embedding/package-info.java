@NullMarked
package dev.switchboard.domain.embedding;

import org.jspecify.annotations.NullMarked;
