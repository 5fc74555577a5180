@NullMarked
package dev.switchboard.bench.upstream;

import org.jspecify.annotations.NullMarked;
