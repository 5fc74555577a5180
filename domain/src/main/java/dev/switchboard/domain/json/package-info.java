@NullMarked
package dev.switchboard.domain.json;

import org.jspecify.annotations.NullMarked;
