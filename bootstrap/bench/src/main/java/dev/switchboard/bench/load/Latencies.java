package dev.switchboard.bench.load;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every latency of a run, in nanoseconds, kept whole and sorted at the end: exact percentiles without a histogram
 * library, which is cheap for the benchmark's few hundred thousand samples. {@link #record} is thread-safe; read the
 * {@link #summary} only after the recording threads have been joined.
 */
public final class Latencies {

    /** Percentiles in nanoseconds; all zero when nothing was recorded. */
    public record Summary(int count, long p50, long p90, long p99, long p999, long max) {}

    private final long[] samples;
    private final AtomicInteger count = new AtomicInteger();

    /** Room for {@code capacity} samples; later ones are dropped and counted in {@link #dropped}. */
    public Latencies(int capacity) {
        this.samples = new long[capacity];
    }

    public void record(long nanos) {
        int index = count.getAndIncrement();
        if (index < samples.length) samples[index] = nanos;
    }

    /** Samples that did not fit. */
    public int dropped() {
        return Math.max(0, count.get() - samples.length);
    }

    public Summary summary() {
        int n = Math.min(count.get(), samples.length);
        if (n == 0) return new Summary(0, 0, 0, 0, 0, 0);
        long[] sorted = Arrays.copyOf(samples, n);
        Arrays.sort(sorted);
        return new Summary(
                n, rank(sorted, 0.50), rank(sorted, 0.90), rank(sorted, 0.99), rank(sorted, 0.999), sorted[n - 1]);
    }

    /** The nearest-rank percentile: the smallest sample with at least {@code fraction} of samples at or below it. */
    static long rank(long[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)];
    }
}
