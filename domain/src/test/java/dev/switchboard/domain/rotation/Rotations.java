package dev.switchboard.domain.rotation;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.ProfileStatus.CoolingDown;
import dev.switchboard.domain.rotation.ProfileStatus.Disabled;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.random.RandomGenerator;

/** Fixtures for the rotation tests: profiles, states, candidates and policies on a fixed clock. */
final class Rotations {

    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    static final ProviderId OPENAI = ProviderId.of("openai");
    static final RotationSettings NO_JITTER =
            new RotationSettings(Duration.ofSeconds(1), Duration.ofMinutes(5), 3, Duration.ofSeconds(30), 0, true);

    private Rotations() {}

    /** The defaults with a seeded generator, at {@link #T0}. */
    static RotationPolicy policy() {
        return policy(RotationSettings.defaults(), T0);
    }

    static RotationPolicy policy(RotationSettings settings, Instant now) {
        return new RotationPolicy(settings, Clock.fixed(now, ZoneOffset.UTC), new Random(42));
    }

    static RotationPolicy policy(RotationSettings settings, RandomGenerator random) {
        return new RotationPolicy(settings, Clock.fixed(T0, ZoneOffset.UTC), random);
    }

    static AuthProfile profile(String id) {
        return new AuthProfile(new ProfileId(id), OPENAI, "key " + id, Secret.of("sk-" + id + "-secret"), T0);
    }

    static RotationState state(String id, ProfileStatus status) {
        return new RotationState(new ProfileId(id), status, 0, null, null, null, 0);
    }

    static Candidate active(String id) {
        return Candidate.of(profile(id), RotationState.fresh(new ProfileId(id)));
    }

    static Candidate candidate(String id, int weight, int priority) {
        return new Candidate(profile(id), weight, priority, RotationState.fresh(new ProfileId(id)));
    }

    static Candidate cooling(String id, Duration remaining) {
        return Candidate.of(profile(id), state(id, new CoolingDown(T0.plus(remaining), "rate limited")));
    }

    static Candidate disabled(String id) {
        return Candidate.of(profile(id), state(id, new Disabled("unauthorized", T0)));
    }

    /** A generator whose every double is {@code value}: jitter at a chosen point, such as its extremes. */
    static RandomGenerator always(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return (long) (value * 0x1p53) << 11;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
