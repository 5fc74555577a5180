@NullMarked
package dev.switchboard.domain.rerank;

import org.jspecify.annotations.NullMarked;
