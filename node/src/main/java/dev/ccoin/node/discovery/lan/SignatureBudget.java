package dev.ccoin.node.discovery.lan;

import java.time.Clock;

/**
 * A token bucket of signature checks: at most {@code perSecond} a second on average and in any burst, refilled
 * continuously from the injected clock. It bounds what a flood of well-formed forgeries costs the receiver.
 * Not thread-safe: owned by the receiver thread.
 */
final class SignatureBudget {
    private final Clock clock;
    private final int perSecond;
    private double tokens;
    private long lastMillis;

    SignatureBudget(Clock clock, int perSecond) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("at least one check a second");
        }
        this.clock = clock;
        this.perSecond = perSecond;
        this.tokens = perSecond;
        this.lastMillis = clock.millis();
    }

    /** Takes one check from the budget; false when none is left this second. */
    boolean tryTake() {
        long now = clock.millis();
        if (now > lastMillis) {
            tokens = Math.min(perSecond, tokens + (now - lastMillis) * perSecond / 1000.0);
            lastMillis = now;
        }
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
