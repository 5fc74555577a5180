package dev.switchboard.domain.rotation;

import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.rotation.ProfileStatus.CoolingDown;
import dev.switchboard.domain.rotation.ProfileStatus.Disabled;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Which candidates take part in a selection, and why none does. */
final class Tiers {

    private Tiers() {}

    /**
     * The usable candidates of the best priority tier, in the order given; empty when none is usable.
     *
     * @throws IllegalArgumentException when a profile appears twice
     */
    static List<Candidate> best(List<Candidate> candidates, Set<ProfileId> excluded, Instant now) {
        Set<ProfileId> seen = new HashSet<>();
        int best = Integer.MAX_VALUE;
        for (Candidate candidate : candidates) {
            if (!seen.add(candidate.id())) {
                throw new IllegalArgumentException("candidates must not repeat profile " + candidate.id());
            }
            if (usable(candidate, excluded, now)) best = Math.min(best, candidate.priority());
        }
        int tier = best;
        return candidates.stream()
                .filter(candidate -> candidate.priority() == tier && usable(candidate, excluded, now))
                .toList();
    }

    private static boolean usable(Candidate candidate, Set<ProfileId> excluded, Instant now) {
        return candidate.state().usableAt(now) && !excluded.contains(candidate.id());
    }

    /** Why nothing is usable, and how long until the soonest cooldown ends (tried profiles included). */
    static Selection.NoneAvailable none(List<Candidate> candidates, Set<ProfileId> excluded, Instant now) {
        if (candidates.isEmpty()) return new Selection.NoneAvailable(null, "no auth profile is configured");
        int cooling = 0;
        int disabled = 0;
        int tried = 0;
        Instant soonest = Instant.MAX;
        for (Candidate candidate : candidates) {
            if (candidate.state().status() instanceof CoolingDown c && c.until().isAfter(now)) {
                soonest = c.until().isBefore(soonest) ? c.until() : soonest;
            }
            if (excluded.contains(candidate.id())) tried++;
            else if (candidate.state().status() instanceof Disabled) disabled++;
            else cooling++;
        }
        @Nullable Duration retryAfter = soonest.equals(Instant.MAX) ? null : Duration.between(now, soonest);
        String reason = "no usable auth profile: %d cooling down, %d disabled, %d already tried"
                .formatted(cooling, disabled, tried);
        return new Selection.NoneAvailable(retryAfter, reason);
    }
}
