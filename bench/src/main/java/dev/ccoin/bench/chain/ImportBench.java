package dev.ccoin.bench.chain;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.security.KeyPair;
import java.util.List;

/**
 * Measures block import, in one run, and prints the figures against their targets (it reports; it does not
 * assert):
 *
 * <ol>
 *   <li>throughput: a chain of full blocks (default 30 × 500 signed transfers) imported into fresh data dirs with
 *       1 and 2 verifier threads, in transactions per second, and the ratio {@code tx/s ÷ (threads × verify/s)}
 *       against the single-core RSASSA-PSS verify rate (target ≥ 0.7);
 *   <li>history: milliseconds per imported block for a window of small blocks after 1 000 blocks of history and
 *       after 100 000 (target: within 10 %).
 * </ol>
 *
 * Chains are generated before any timing, on all cores; nothing else runs while an import is timed. Run it with
 * {@code bench/import.sh}, which builds the jar first if needed. Options: {@link BenchOptions#USAGE}.
 */
public final class ImportBench {
    private static final int HISTORY_SENDERS = 4;

    private ImportBench() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help")) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("import bench: " + e.getMessage());
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        new ImportBench().run(options, System.out);
    }

    private void run(BenchOptions options, PrintStream out) {
        int cores = Runtime.getRuntime().availableProcessors();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long started = System.nanoTime();
        Report report = new Report(out, options, cores, loadBefore);
        try (SigningPool signers = new SigningPool(cores)) {
            Progress.note("generating %d RSA-2048 key pairs", options.senders() + 1);
            List<KeyPair> keys = signers.keys(options.senders() + 1);
            KeyPair authority = keys.get(0);
            List<KeyPair> senders = keys.subList(1, keys.size());

            Progress.note("generating %d blocks of %d signed transactions", options.blocks(),
                    options.transactionsPerBlock());
            long generating = System.nanoTime();
            FullBlockChain full = FullBlockChain.generate(authority, senders, options.blocks(),
                    options.transactionsPerBlock(), signers);
            report.generated(full, System.nanoTime() - generating);
            ThroughputBench.Result throughput = new ThroughputBench(full, options.workDir())
                    .run(options.rounds(), 1, 2);
            report.throughput(throughput);
            Progress.note("breaking one import down into stages");
            report.breakdown(new ImportBreakdown(full, options.workDir()).run(), throughput.verifyPerSecond(),
                    full.transactionsPerBlock());

            SyncProbe.Cost sync = SyncProbe.measure(options.workDir());
            Progress.note("building history to %d blocks", options.history());
            SmallBlockSource small = new SmallBlockSource(authority, senders.subList(0, HISTORY_SENDERS), signers);
            HistoryBench.Result history = new HistoryBench(small, options.workDir(), options.windowBlocks(),
                    options.historyBudget()).run(options.checkpoints());
            report.history(history, sync);
        }
        report.footer(System.nanoTime() - started,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
