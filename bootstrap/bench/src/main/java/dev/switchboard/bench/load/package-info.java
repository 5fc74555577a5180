@NullMarked
package dev.switchboard.bench.load;

import org.jspecify.annotations.NullMarked;
