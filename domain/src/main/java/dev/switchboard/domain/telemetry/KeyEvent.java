package dev.switchboard.domain.telemetry;

import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import java.util.Objects;

/**
 * Something key rotation did to one upstream key.
 *
 * @param provider the key's provider
 * @param profile the key, by its id (never the secret)
 * @param kind what happened
 */
public record KeyEvent(ProviderId provider, ProfileId profile, Kind kind) {

    public KeyEvent {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(kind, "kind");
    }

    /** What rotation did. */
    public enum Kind {
        /** A failure of the key made a request move on to the provider's next key. */
        SKIPPED,
        /** The key began a cooldown (rate limited, or failing). */
        COOLED_DOWN,
        /** The key was taken out of rotation until it is enabled again (refused by the provider). */
        DISABLED,
        /** The key was cooling down or disabled, and answered again. */
        RECOVERED
    }
}
