package dev.switchboard.domain.rotation;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What {@link RotationPolicy#select} decided: a profile to use, or none and why. */
public sealed interface Selection {

    /** Call the upstream with {@code chosen}, then report the outcome to the policy. */
    record Use(Candidate chosen) implements Selection {
        public Use {
            Objects.requireNonNull(chosen, "chosen");
        }
    }

    /**
     * No profile is usable now.
     *
     * @param retryAfter how long until the soonest cooldown ends, counting profiles already tried in this request; null
     *     when no profile is cooling down (every one is disabled, or the usable ones were all tried)
     * @param reason why, fit for the client: it counts profiles and names none
     */
    record NoneAvailable(@Nullable Duration retryAfter, String reason) implements Selection {
        public NoneAvailable {
            if (retryAfter != null && retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative");
            }
            Objects.requireNonNull(reason, "reason");
        }
    }
}
