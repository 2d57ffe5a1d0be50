package dev.ccoin.node.discovery;

import dev.ccoin.core.discovery.Registration;
import java.time.Duration;

/**
 * The client's timings: how often it refreshes its registration (and fetches peers) while the service answers,
 * the backoff while it does not, and the timeout of one request. Immutable.
 */
public record DiscoveryTimings(Duration refreshInterval, Duration initialBackoff, Duration maxBackoff,
        Duration requestTimeout) {
    /** Refresh every 20 s (a registration lives 60 s); back off 1 s doubling to 30 s; 5 s per request. */
    public static final DiscoveryTimings DEFAULT = new DiscoveryTimings(Registration.REFRESH_INTERVAL,
            Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(5));

    public DiscoveryTimings {
        if (refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new IllegalArgumentException("the refresh interval must be positive");
        }
        if (refreshInterval.compareTo(Registration.LIFETIME) >= 0) {
            throw new IllegalArgumentException("refreshing every " + refreshInterval
                    + " would let the registration expire (it lives " + Registration.LIFETIME + ")");
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("the request timeout must be positive");
        }
        if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max");
        }
    }
}
