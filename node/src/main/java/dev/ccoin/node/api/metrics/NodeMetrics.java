package dev.ccoin.node.api.metrics;

import dev.ccoin.core.tx.Transaction;
import dev.ccoin.node.chain.HeadChange;
import dev.ccoin.node.chain.HeadListener;
import dev.ccoin.node.chain.ImportResult;
import dev.ccoin.node.chain.ImportStatus;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.txpool.Admission;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The counters behind {@code /metrics}. What the node API observes by itself: blocks joining the canonical chain,
 * with the transactions they carry, and reorgs (as a {@link HeadListener}), every block import with its result, rejection reason and time (as the
 * node's import listener: sealed, gossiped and synced blocks alike), transactions the pool admits from any source,
 * its own transaction submissions by result code, and its requests by status; and families of counters that other
 * services of the node keep themselves ({@link #addCounters}, such as LAN discovery's). Thread-safe: lock-free
 * adders and a concurrent list.
 */
public final class NodeMetrics implements HeadListener {
    private final LongAdder canonicalBlocks = new LongAdder();
    private final LongAdder includedTransactions = new LongAdder();
    private final LongAdder reorgs = new LongAdder();
    private final LongAdder reorgedBlocks = new LongAdder();
    private final LongAdder admitted = new LongAdder();
    private final LongAdder importNanos = new LongAdder();
    private final LongAdder timedImports = new LongAdder();
    private final Map<String, LongAdder> imports = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> rejections = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> submissions = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final List<CounterFamily> families = new CopyOnWriteArrayList<>();

    /**
     * Counters a service of the node keeps itself, shown as {@code name{label="key"}}: {@code values} is read at
     * each scrape and must be thread-safe.
     */
    public record CounterFamily(String name, String help, String label, Supplier<Map<String, Long>> values) {
    }

    public NodeMetrics() {
        // Every known label value shows from the start, at 0, so dashboards and rate() see the series.
        for (ImportStatus status : ImportStatus.values()) {
            imports.put(label(status), new LongAdder());
        }
        for (BlockReason reason : BlockReason.values()) {
            rejections.put(reason.name(), new LongAdder());
        }
    }

    @Override
    public void onHeadChange(HeadChange change) {
        canonicalBlocks.add(change.added().size());
        change.added().forEach(block -> includedTransactions.add(block.transactions().size()));
        if (change.isReorg()) {
            reorgs.increment();
            reorgedBlocks.add(change.removed().size());
        }
    }

    /** Told of every transaction the pool admits. */
    public void onTransaction(Transaction tx) {
        admitted.increment();
    }

    /** Told of every transaction submitted over the API ({@code POST /transactions} and its batches): its outcome. */
    public void onSubmission(Admission admission) {
        count(submissions, admission.code());
    }

    /** Told of every API response's status. */
    public void onRequest(int status) {
        count(requests, Integer.toString(status));
    }

    /**
     * Counts one block import and the orphans it connected, with the time the whole import took (from handing the
     * block to the chain thread to its result).
     */
    public void recordImport(ImportResult result, Duration took) {
        importNanos.add(took.toNanos());
        timedImports.increment();
        count(result);
    }

    /** Shows {@code family} in {@code /metrics} from now on. */
    public void addCounters(CounterFamily family) {
        families.add(family);
    }

    List<CounterFamily> families() {
        return List.copyOf(families);
    }

    Snapshot snapshot() {
        return new Snapshot(canonicalBlocks.sum(), includedTransactions.sum(), reorgs.sum(), reorgedBlocks.sum(), admitted.sum(),
                importNanos.sum() / 1e9, timedImports.sum(), sums(imports), sums(rejections), sums(submissions),
                sums(requests));
    }

    /** The counters at one moment; label values sorted. */
    record Snapshot(long canonicalBlocks, long includedTransactions, long reorgs, long reorgedBlocks, long admitted, double importSeconds,
                    long timedImports, Map<String, Long> imports, Map<String, Long> rejections,
                    Map<String, Long> submissions, Map<String, Long> requests) {
    }

    private void count(ImportResult result) {
        count(imports, label(result.status()));
        result.failure().map(InvalidBlockException::reason).ifPresent(reason -> count(rejections, reason.name()));
        result.connectedOrphans().forEach(this::count);
    }

    private static String label(ImportStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static void count(Map<String, LongAdder> counters, String key) {
        counters.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private static Map<String, Long> sums(Map<String, LongAdder> counters) {
        Map<String, Long> sums = new TreeMap<>();
        counters.forEach((key, adder) -> sums.put(key, adder.sum()));
        return sums;
    }
}
