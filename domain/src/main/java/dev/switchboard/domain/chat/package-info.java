@NullMarked
package dev.switchboard.domain.chat;

import org.jspecify.annotations.NullMarked;
