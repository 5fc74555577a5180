package dev.switchboard.domain.rotation;

import java.util.List;

/**
 * Deterministic, smooth weighted round-robin driven by a turn counter instead of shared mutable state.
 *
 * <p>The profiles are laid out on a line, each over as many slots as its weight (total {@code W}). Turn {@code t}
 * takes slot {@code (t * s) mod W}, where the stride {@code s} is the integer nearest {@code W / φ} that is coprime
 * with {@code W}. Because {@code s} and {@code W} are coprime, any {@code W} consecutive turns visit every slot once:
 * each profile serves exactly its weight. Because {@code s / W} is close to the golden ratio's fraction, consecutive
 * turns land far apart on the line, so a heavy profile's turns are spread out instead of coming in a burst.
 */
final class WeightedTurns {

    private static final double INVERSE_GOLDEN_RATIO = 0.6180339887498949;

    private WeightedTurns() {}

    /** The candidate whose turn {@code turn} is; {@code tier} must not be empty. */
    static Candidate pick(List<Candidate> tier, long turn) {
        long total = 0;
        for (Candidate candidate : tier) total += candidate.weight();
        long slot = Math.floorMod(turn, total) * stride(total) % total;
        for (Candidate candidate : tier) {
            if (slot < candidate.weight()) return candidate;
            slot -= candidate.weight();
        }
        throw new IllegalStateException("slot beyond the total weight");
    }

    static long stride(long total) {
        long stride = Math.max(1, Math.round(total * INVERSE_GOLDEN_RATIO));
        while (gcd(stride, total) != 1) stride++;
        return stride;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
