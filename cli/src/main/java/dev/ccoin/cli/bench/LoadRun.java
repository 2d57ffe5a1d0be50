package dev.ccoin.cli.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One {@code bench load} run's measurements: the submission log, the phase times and, once the chain has been
 * watched, when each admitted transaction was first seen in a block. Owned by the command's thread; it takes the
 * {@link SubmitLog} once the lanes that wrote it have ended.
 */
final class LoadRun {
    private static final long WAIT_POLL_MS = 100;

    private final List<String> hashes;
    private final long startHeight;
    private final SignatureRates verify;
    private final int nodes;
    private SubmitLog log;
    private long submitStart;
    private long submitEnd;
    private long lastAnswer;
    private String submitCpu = "";
    private String totalCpu = "";
    private long included;
    private long firstInclusion = Long.MAX_VALUE;
    private long lastInclusion;
    private Percentiles latency = Percentiles.NONE;
    private List<BlockWatcher.Seen> blocks = List.of();

    LoadRun(List<String> hashes, long startHeight, SignatureRates verify, int nodes) {
        this.hashes = hashes;
        this.startHeight = startHeight;
        this.verify = verify;
        this.nodes = nodes;
        this.log = new SubmitLog(hashes.size());
    }

    /** Waits until {@code watcher} has seen every hash of {@code expected} in a block, or the deadline. */
    static void awaitSeen(BlockWatcher watcher, List<String> expected, long deadlineNanos)
            throws InterruptedException {
        int next = 0;
        while (next < expected.size() && System.nanoTime() < deadlineNanos) {
            if (watcher.firstSeen(expected.get(next)) != null) {
                next++;
            } else {
                Thread.sleep(WAIT_POLL_MS);
            }
        }
    }

    SubmitLog log() {
        return log;
    }

    void submitStarted(long nanos) {
        submitStart = nanos;
    }

    void submitEnded(SubmitLog submitted, long nanos, String cpu) {
        if (submitted.size() != hashes.size()) {
            throw new IllegalArgumentException("a log of " + submitted.size() + " for " + hashes.size());
        }
        log = submitted;
        submitEnd = nanos;
        submitCpu = cpu;
        for (int i = 0; i < log.size(); i++) {
            if (log.isAccepted(i)) {
                lastAnswer = Math.max(lastAnswer, log.answeredAt(i));
            }
        }
    }

    void inclusionEnded(String cpu) {
        totalCpu = cpu;
    }

    /** Waits until the watcher has seen every admitted transaction in a block, or the deadline. */
    void awaitInclusion(BlockWatcher watcher, long deadlineNanos) throws InterruptedException {
        while (System.nanoTime() < deadlineNanos && countSeen(watcher) < log.acceptedCount()) {
            Thread.sleep(WAIT_POLL_MS);
        }
    }

    private long countSeen(BlockWatcher watcher) {
        long seen = 0;
        for (int i = 0; i < log.size(); i++) {
            if (log.isAccepted(i) && watcher.firstSeen(hashes.get(i)) != null) {
                seen++;
            }
        }
        return seen;
    }

    /** Takes the inclusion times from the watcher (call after it stopped). */
    void watched(BlockWatcher watcher) {
        long[] latencies = new long[log.size()];
        int n = 0;
        for (int i = 0; i < log.size(); i++) {
            Long seen = log.isAccepted(i) ? watcher.firstSeen(hashes.get(i)) : null;
            if (seen != null) {
                latencies[n++] = seen - log.sentAt(i);
                firstInclusion = Math.min(firstInclusion, seen);
                lastInclusion = Math.max(lastInclusion, seen);
            }
        }
        included = n;
        latency = Percentiles.of(latencies, n);
        blocks = watcher.blocks().stream().filter(b -> b.seenNanos() >= submitStart).toList();
    }

    Set<String> acceptedHashes() {
        Set<String> accepted = new HashSet<>();
        for (int i = 0; i < log.size(); i++) {
            if (log.isAccepted(i)) {
                accepted.add(hashes.get(i));
            }
        }
        return accepted;
    }

    int transactions() {
        return hashes.size();
    }

    long startHeight() {
        return startHeight;
    }

    SignatureRates verify() {
        return verify;
    }

    int nodes() {
        return nodes;
    }

    double submitSeconds() {
        return (submitEnd - submitStart) / 1e9;
    }

    /** From the first request to the last admission's answer. */
    double acceptSeconds() {
        return lastAnswer == 0 ? 0 : (lastAnswer - submitStart) / 1e9;
    }

    long included() {
        return included;
    }

    /** From the first request to the moment the last admitted transaction was seen in a block. */
    double includeSeconds() {
        return included == 0 ? 0 : (lastInclusion - submitStart) / 1e9;
    }

    /** From the first to the last inclusion seen: the chain's own pace once it is busy. */
    double inclusionWindowSeconds() {
        return included == 0 ? 0 : (lastInclusion - firstInclusion) / 1e9;
    }

    Percentiles latency() {
        return latency;
    }

    List<BlockWatcher.Seen> blocks() {
        return blocks;
    }

    String submitCpu() {
        return submitCpu;
    }

    String totalCpu() {
        return totalCpu;
    }
}
