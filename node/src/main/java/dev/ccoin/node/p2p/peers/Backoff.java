package dev.ccoin.node.p2p.peers;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter for dialling: after {@code n} failures the next try waits
 * {@code min(max, initial × 2^(n-1))}, scaled by a random factor in [0.5, 1] so that nodes which failed together
 * do not retry together (two nodes dialling each other at the same instant would otherwise refuse each other's
 * duplicate connection forever). Immutable apart from the generator it draws from; callers serialise access.
 */
public final class Backoff {
    private final long initialMillis;
    private final long maxMillis;
    private final RandomGenerator random;

    public Backoff(Duration initial, Duration max, RandomGenerator random) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max");
        }
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
        this.random = random;
    }

    /** The wait before the next try after {@code failures} failures in a row (at least 1). */
    public long delayMillis(int failures) {
        int doublings = Math.min(Math.max(failures, 1) - 1, 30);
        long base = Math.min(maxMillis, initialMillis << doublings);
        return base / 2 + random.nextLong(base / 2 + 1);
    }

    public long maxMillis() {
        return maxMillis;
    }
}
