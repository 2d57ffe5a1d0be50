package dev.ccoin.cli.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * The spread of a set of durations: how many, the median, the 99th percentile and the largest, in nanoseconds
 * (nearest-rank percentiles, so every figure is one of the measured values). Immutable.
 */
record Percentiles(int count, long p50, long p99, long max) {
    static final Percentiles NONE = new Percentiles(0, 0, 0, 0);

    /** The percentiles of the first {@code count} values of {@code nanos}; the array is left unchanged. */
    static Percentiles of(long[] nanos, int count) {
        if (count < 0 || count > nanos.length) {
            throw new IllegalArgumentException("count must be 0.." + nanos.length + ", got " + count);
        }
        if (count == 0) {
            return NONE;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Percentiles(count, rank(sorted, 0.50), rank(sorted, 0.99), sorted[count - 1]);
    }

    private static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** {@code p50 1.234 s  p99 2.345 s  max 3.456 s}, in seconds. */
    String seconds() {
        return String.format(Locale.ROOT, "p50 %.3f s  p99 %.3f s  max %.3f s", p50 / 1e9, p99 / 1e9, max / 1e9);
    }

    /** {@code p50 0.42 ms  p99 3.10 ms  max 12.00 ms}, in milliseconds. */
    String millis() {
        return String.format(Locale.ROOT, "p50 %.2f ms  p99 %.2f ms  max %.2f ms", p50 / 1e6, p99 / 1e6, max / 1e6);
    }
}
