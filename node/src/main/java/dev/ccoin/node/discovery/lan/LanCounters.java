package dev.ccoin.node.discovery.lan;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The LAN discovery counters behind {@code /metrics}: announcements sent, announcements accepted, and datagrams
 * dropped by {@link LanDropReason}. Every reason is present from the start, at 0. Thread-safe: lock-free adders,
 * written by the sender and receiver threads, read by the API.
 */
public final class LanCounters {
    private final LongAdder sent = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final Map<LanDropReason, LongAdder> drops = new EnumMap<>(LanDropReason.class);

    public LanCounters() {
        for (LanDropReason reason : LanDropReason.values()) {
            drops.put(reason, new LongAdder());
        }
    }

    void sent() {
        sent.increment();
    }

    void accepted() {
        accepted.increment();
    }

    void dropped(LanDropReason reason) {
        drops.get(reason).increment();
    }

    public long sentCount() {
        return sent.sum();
    }

    public long acceptedCount() {
        return accepted.sum();
    }

    public long droppedCount(LanDropReason reason) {
        return drops.get(reason).sum();
    }

    /** Drops by reason code name, sorted. */
    public Map<String, Long> drops() {
        Map<String, Long> sums = new TreeMap<>();
        drops.forEach((reason, adder) -> sums.put(reason.name(), adder.sum()));
        return sums;
    }

    /** {@code sent} and {@code accepted}, sorted. */
    public Map<String, Long> announcements() {
        return new TreeMap<>(Map.of("sent", sent.sum(), "accepted", accepted.sum()));
    }
}
