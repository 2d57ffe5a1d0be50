package dev.ccoin.node.p2p.gossip;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts of {@link FetchEvent}s since the network started, every event shown from the start. Thread-safe: lock-free
 * adders, written by the fetch thread and by reader threads.
 */
public final class FetchCounters {
    private final LongAdder[] counts = new LongAdder[FetchEvent.values().length];

    public FetchCounters() {
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new LongAdder();
        }
    }

    void add(FetchEvent event, long n) {
        counts[event.ordinal()].add(n);
    }

    /** The counts by event, lower-case names. */
    public Map<String, Long> snapshot() {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (FetchEvent event : FetchEvent.values()) {
            sums.put(event.name().toLowerCase(Locale.ROOT), counts[event.ordinal()].sum());
        }
        return sums;
    }
}
