package dev.switchboard.application;

import dev.switchboard.domain.rotation.ProfileStatus;
import dev.switchboard.domain.telemetry.KeyEvent;
import java.util.Optional;

/** Names what a change of a key's rotation status was, for telemetry. */
final class KeyChanges {

    private KeyChanges() {}

    /** The event a key's change of status from {@code before} to {@code after} is; empty when it is none. */
    static Optional<KeyEvent.Kind> of(ProfileStatus before, ProfileStatus after) {
        return switch (after) {
            case ProfileStatus.Active a ->
                before instanceof ProfileStatus.Active ? Optional.empty() : Optional.of(KeyEvent.Kind.RECOVERED);
            case ProfileStatus.CoolingDown c ->
                before.equals(after) ? Optional.empty() : Optional.of(KeyEvent.Kind.COOLED_DOWN);
            case ProfileStatus.Disabled d ->
                before instanceof ProfileStatus.Disabled ? Optional.empty() : Optional.of(KeyEvent.Kind.DISABLED);
        };
    }
}
