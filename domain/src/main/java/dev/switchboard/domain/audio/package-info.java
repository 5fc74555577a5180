@NullMarked
package dev.switchboard.domain.audio;

import org.jspecify.annotations.NullMarked;
