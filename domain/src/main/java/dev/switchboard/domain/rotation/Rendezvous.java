package dev.switchboard.domain.rotation;

import java.util.List;

/**
 * Sticky choice by weighted rendezvous (highest random weight) hashing: every profile scores the key, the highest score
 * wins. A key moves only when its profile leaves the tier, and then only that profile's keys move; when the profile
 * returns, its keys return to it. Weights shift the share of keys in proportion ({@code weight / -ln(u)}).
 *
 * <p>The hash is FNV-1a over the key and the profile id, finished with MurmurHash3's 64-bit mixer, and the logarithm is
 * {@link StrictMath#log}, so every gateway node on every JVM makes the same choice for the same key.
 */
final class Rendezvous {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Rendezvous() {}

    /** The candidate {@code key} belongs to; {@code tier} must not be empty; ties go to the earlier candidate. */
    static Candidate pick(List<Candidate> tier, String key) {
        Candidate best = tier.getFirst();
        double bestScore = score(best, key);
        for (Candidate candidate : tier.subList(1, tier.size())) {
            double score = score(candidate, key);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static double score(Candidate candidate, String key) {
        long hash = hash(key, candidate.id().value());
        double uniform = ((hash >>> 11) + 0.5) / 0x1p53; // strictly between 0 and 1
        return candidate.weight() / -StrictMath.log(uniform);
    }

    static long hash(String key, String profile) {
        // The key's length first, so that no two (key, profile) pairs feed the same sequence.
        long hash = feed(FNV_OFFSET, key.length());
        for (int i = 0; i < key.length(); i++) hash = feed(hash, key.charAt(i));
        for (int i = 0; i < profile.length(); i++) hash = feed(hash, profile.charAt(i));
        return mix(hash);
    }

    private static long feed(long hash, int value) {
        return (hash ^ value) * FNV_PRIME;
    }

    private static long mix(long value) {
        long k = value;
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
