@NullMarked
package dev.switchboard.domain.model;

import org.jspecify.annotations.NullMarked;
