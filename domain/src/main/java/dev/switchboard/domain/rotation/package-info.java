/**
 * Key rotation: the live state of each auth profile, the pure {@link dev.switchboard.domain.rotation.RotationPolicy}
 * that chooses a profile and judges outcomes, and the port that stores the state.
 */
@NullMarked
package dev.switchboard.domain.rotation;

import org.jspecify.annotations.NullMarked;
