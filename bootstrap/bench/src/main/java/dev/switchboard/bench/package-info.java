@NullMarked
package dev.switchboard.bench;

import org.jspecify.annotations.NullMarked;
