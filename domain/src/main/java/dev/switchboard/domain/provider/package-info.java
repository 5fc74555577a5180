@NullMarked
package dev.switchboard.domain.provider;

import org.jspecify.annotations.NullMarked;
