package dev.ccoin.node.p2p.admission;

import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Failed admissions per IP and the IPs refused at accept (protocol §8): {@code failures} failures within {@code window}
 * ms refuse the IP for {@code refusal} ms. Each IP keeps at most {@code failures} timestamps, and
 * {@link #forget} drops what has aged out, so the table holds only IPs that failed recently.
 *
 * <p>Owned by the admission thread; {@link #refusedCount} may be read from any thread.
 */
final class IpRefusals {
    private final int failures;
    private final long windowMs;
    private final long refusalMs;
    private final Map<InetAddress, ArrayDeque<Long>> recentFailures = new HashMap<>();
    private final Map<InetAddress, Long> refusedUntil = new HashMap<>();
    private volatile int refusedCount;

    IpRefusals(int failures, long windowMs, long refusalMs) {
        if (failures < 1 || windowMs < 1 || refusalMs < 1) {
            throw new IllegalArgumentException("refusal thresholds must be positive");
        }
        this.failures = failures;
        this.windowMs = windowMs;
        this.refusalMs = refusalMs;
    }

    /** Counts a failure of {@code ip}; true if that makes it refused. */
    boolean failed(InetAddress ip, long nowMillis) {
        ArrayDeque<Long> times = recentFailures.computeIfAbsent(ip, any -> new ArrayDeque<>());
        times.addLast(nowMillis);
        while (times.size() > failures || nowMillis - times.peekFirst() >= windowMs) {
            times.removeFirst();
        }
        if (times.size() < failures) {
            return false;
        }
        recentFailures.remove(ip);
        refusedUntil.put(ip, nowMillis + refusalMs);
        refusedCount = refusedUntil.size();
        return true;
    }

    boolean isRefused(InetAddress ip, long nowMillis) {
        Long until = refusedUntil.get(ip);
        return until != null && nowMillis < until;
    }

    /** Drops refusals that ended and failures older than the window. */
    void forget(long nowMillis) {
        refusedUntil.values().removeIf(until -> nowMillis >= until);
        for (Iterator<ArrayDeque<Long>> it = recentFailures.values().iterator(); it.hasNext(); ) {
            ArrayDeque<Long> times = it.next();
            while (!times.isEmpty() && nowMillis - times.peekFirst() >= windowMs) {
                times.removeFirst();
            }
            if (times.isEmpty()) {
                it.remove();
            }
        }
        refusedCount = refusedUntil.size();
    }

    /** IPs refused now, as of the last change or {@link #forget}. */
    int refusedCount() {
        return refusedCount;
    }
}
