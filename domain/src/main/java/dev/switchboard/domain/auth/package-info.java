@NullMarked
package dev.switchboard.domain.auth;

import org.jspecify.annotations.NullMarked;
