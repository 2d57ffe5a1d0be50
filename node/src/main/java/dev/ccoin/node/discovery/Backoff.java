package dev.ccoin.node.discovery;

import java.time.Duration;

/**
 * Capped exponential backoff: {@code initial}, then twice the last delay, never more than {@code max}, until
 * {@link #reset}. Not thread-safe; owned by the client's scheduler thread.
 */
final class Backoff {
    private final Duration initial;
    private final Duration max;
    private Duration next;

    Backoff(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + ", " + max);
        }
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    /** The delay before the next attempt; each call doubles the following one, up to the cap. */
    Duration next() {
        Duration delay = next;
        next = delay.multipliedBy(2).compareTo(max) > 0 ? max : delay.multipliedBy(2);
        return delay;
    }

    void reset() {
        next = initial;
    }
}
