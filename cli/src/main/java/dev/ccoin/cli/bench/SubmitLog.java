package dev.ccoin.cli.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What happened to each pre-signed transaction of a submission run, by its index: when the request that got it
 * admitted was sent and answered, and every refusal by reason code (a {@code POOL_FULL} that was retried counts
 * once per refusal). Each index is written by one lane thread only; read the arrays after the lanes have ended.
 * The refusal counters are thread-safe.
 */
final class SubmitLog {
    private final long[] sentAt;
    private final long[] answeredAt;
    private final boolean[] accepted;
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
    private final LongAdder acceptedCount = new LongAdder();

    SubmitLog(int transactions) {
        sentAt = new long[transactions];
        answeredAt = new long[transactions];
        accepted = new boolean[transactions];
    }

    void accepted(int index, long sentNanos, long answeredNanos) {
        sentAt[index] = sentNanos;
        answeredAt[index] = answeredNanos;
        accepted[index] = true;
        acceptedCount.increment();
    }

    void refused(String code) {
        refusals.computeIfAbsent(code, c -> new LongAdder()).increment();
    }

    int size() {
        return accepted.length;
    }

    boolean isAccepted(int index) {
        return accepted[index];
    }

    long sentAt(int index) {
        return sentAt[index];
    }

    long answeredAt(int index) {
        return answeredAt[index];
    }

    long acceptedCount() {
        return acceptedCount.sum();
    }

    /** Refusals by reason code, sorted by code. */
    Map<String, Long> refusals() {
        Map<String, Long> sorted = new TreeMap<>();
        refusals.forEach((code, count) -> sorted.put(code, count.sum()));
        return sorted;
    }
}
