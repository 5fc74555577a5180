package dev.switchboard.domain.rotation;

import java.time.Instant;
import java.util.Objects;

/**
 * Whether rotation may hand out a profile: active, cooling down until an instant, or disabled until someone enables it.
 * Callers switch over it without a default, so a new status breaks compilation wherever it needs a decision.
 */
public sealed interface ProfileStatus {

    /** Whether rotation may hand the profile out at {@code now}. */
    boolean usableAt(Instant now);

    /** In rotation. */
    record Active() implements ProfileStatus {
        @Override
        public boolean usableAt(Instant now) {
            return true;
        }
    }

    /**
     * Skipped until {@code until}; usable again from that instant on, without anyone writing a new status.
     *
     * @param reason why, for operators (1-500 characters, never a secret)
     */
    record CoolingDown(Instant until, String reason) implements ProfileStatus {
        public CoolingDown {
            Objects.requireNonNull(until, "until");
            Reasons.check(reason);
        }

        @Override
        public boolean usableAt(Instant now) {
            return !now.isBefore(until);
        }
    }

    /**
     * Never handed out until {@link RotationPolicy#enable} brings it back (an admin action or a successful probe).
     *
     * @param reason why, for operators (1-500 characters, never a secret)
     * @param since when it was disabled
     */
    record Disabled(String reason, Instant since) implements ProfileStatus {
        public Disabled {
            Reasons.check(reason);
            Objects.requireNonNull(since, "since");
        }

        @Override
        public boolean usableAt(Instant now) {
            return false;
        }
    }

    /** The one active status. */
    static ProfileStatus active() {
        return new Active();
    }
}
