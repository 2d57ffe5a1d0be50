package dev.ccoin.bench.chain;

import dev.ccoin.core.crypto.PssProvider;
import dev.ccoin.node.archive.ChainImporter;
import dev.ccoin.node.storage.StorageEngine;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The benchmark's table on standard output, written part by part as the figures come in, each against its target
 * and with what was measured stated next to it. Owned by one thread.
 */
final class Report {
    private static final double RATIO_TARGET = 0.7;
    private static final double GROWTH_TARGET = 1.10;

    private final PrintStream out;
    private final BenchOptions options;
    private final int cores;

    Report(PrintStream out, BenchOptions options, int cores, double loadBefore) {
        this.out = out;
        this.options = options;
        this.cores = cores;
        line("ccoin import benchmark");
        line("  java %s (%s), %d cores, load average %.2f before the run%s", System.getProperty("java.version"),
                System.getProperty("java.vm.name"), cores, loadBefore,
                loadBefore > 0.5 ? "  WARNING: the machine is busy; rates may be understated" : "");
        line("  storage on %s", StorageEngine.chosen().displayName());
    }

    void generated(FullBlockChain chain, long nanos) {
        line("");
        line("1. Import throughput: %d blocks x %d signed transfers = %d transactions, %d senders, %.1f MB",
                chain.blocks().size(), chain.transactionsPerBlock(), chain.transactions(), options.senders(),
                chain.bytes() / 1e6);
        line("   (generated in %.1f s, untimed); each import into a fresh LevelDB data dir (no signature cached),",
                nanos / 1e9);
        line("   as `ccoin import` does: an export stream read %d blocks ahead, each block decoded, its signatures",
                ChainImporter.READ_AHEAD);
        line("   checked on the verifier pool while the block before is imported (with 2 or more threads), one");
        line("   synced batch per block; median of %d rounds, after one untimed import per thread count",
                options.rounds());
    }

    void throughput(ThroughputBench.Result result) {
        double verify = result.verifyPerSecond();
        line("");
        line("   %-44s %10s", "measure", "per second");
        line("   %-44s %10.0f   (Pss.verify, decoded key; %d verifications; %s)", "RSASSA-PSS-2048 verify, 1 core",
                verify, result.verifications(), PssProvider.chosen().displayName());
        line("   %-44s %10.0f   (RsaKeys.publicKey + Pss.verify)", "sender key decode + verify, 1 core",
                result.withKeyDecodePerSecond());
        for (Map.Entry<Integer, Double> entry : result.importTxPerSecond().entrySet()) {
            int threads = entry.getKey();
            double ratio = entry.getValue() / (threads * verify);
            line("   %-44s %10.0f   ratio %.2f %s   samples %s", "import, " + threads + " verifier thread"
                    + (threads == 1 ? "" : "s") + " (tx/s)", entry.getValue(), ratio,
                    ratio >= RATIO_TARGET ? "meets >= 0.70" : "BELOW 0.70", samples(result.importSamples()
                            .get(threads)));
        }
        for (Map.Entry<Integer, Double> entry : result.importTxPerCpuSecond().entrySet()) {
            int threads = entry.getKey();
            line("   %-44s %10.0f   ratio %.2f to %.0f verify/CPU s", "import, " + threads + " thread"
                    + (threads == 1 ? "" : "s") + ", per CPU second (tx/s)", entry.getValue(),
                    entry.getValue() / result.verifyPerCpuSecond(), result.verifyPerCpuSecond());
        }
        cpuAllowance(result);
        Double one = result.importTxPerSecond().get(1);
        Double two = result.importTxPerSecond().get(2);
        if (one != null && two != null) {
            line("   %-44s %10.2f   (2 threads / 1 thread)", "parallel speed-up", two / one);
        }
        line("   ratio = import tx/s / (cores x single-core verify/s), cores = verifier threads");
        line("   per CPU second = over the whole process's CPU time (every thread, LevelDB's compactions and the");
        line("   JVM's included), which other load hardly moves; its ratio is the share of the import's CPU that");
        line("   verification alone would take; it leaves out fsync waits, so it checks the wall-clock ratio");
        if (cores < 2) {
            line("   NOTE: this machine has %d core; the 2-thread figure cannot show a speed-up", cores);
        }
    }

    /**
     * What the ratio target leaves for everything but verification, in CPU time per transaction. A process on
     * {@code cores} cores that spends {@code c} CPU seconds per transaction imports at most {@code cores / c}
     * transactions per second, so meeting the target with {@code t} verifier threads needs
     * {@code c <= cores / (0.7 x t x verify per CPU second)}: a necessary condition, which the 1-thread import
     * (one serial path) may still miss when it holds.
     */
    private void cpuAllowance(ThroughputBench.Result result) {
        double verifyMicros = 1e6 / result.verifyPerCpuSecond();
        line("   CPU per transaction, in us (verification alone: %.1f); allowed = %d cores / (%.2f x threads x",
                verifyMicros, cores, RATIO_TARGET);
        line("   verify per CPU s), the most the target leaves; besides = what is not verification");
        for (Map.Entry<Integer, Double> entry : result.importTxPerCpuSecond().entrySet()) {
            int threads = entry.getKey();
            double spent = 1e6 / entry.getValue();
            double allowed = cores * 1e6 / (RATIO_TARGET * threads * result.verifyPerCpuSecond());
            double besides = spent - verifyMicros;
            double allowedBesides = allowed - verifyMicros;
            line("   %-44s %10.1f   allowed %.1f; besides %.1f, allowed %.1f (%.1f x over)", "import, " + threads
                    + " thread" + (threads == 1 ? "" : "s") + ", CPU us per transaction", spent, allowed, besides,
                    allowedBesides, besides / allowedBesides);
        }
    }

    void breakdown(ImportBreakdown.Result stages, double verifyPerSecond, int transactionsPerBlock) {
        line("");
        line("   where one block's import goes (separate pass, mean ms per block, 1 verifier thread unless said;");
        line("   approximate: each stage runs warmer than in one import, see ImportBreakdown)");
        line("   %-44s %10.2f", "decode from wire bytes", stages.decodeMs());
        line("   %-44s %10.2f", "header rules (proof of work, seal signature)", stages.headerMs());
        line("   %-44s %10.2f   (%.0f node lookups, %.1f per transaction)", "state transition, txRoot, stamps",
                stages.stateMs(), stages.nodeLookups(), stages.nodeLookups() / transactionsPerBlock);
        line("   %-44s %10.2f   (%d x Pss.verify alone: %.2f)", "transaction signatures, 1 thread",
                stages.signaturesOneThreadMs(), transactionsPerBlock, transactionsPerBlock * 1e3 / verifyPerSecond);
        line("   %-44s %10.2f", "transaction signatures, 2 threads", stages.signaturesTwoThreadsMs());
        line("   %-44s %10.2f   (block, indexes, head; %.0f new state nodes held, committed every N blocks)",
                "store: one synced batch, state held",
                stages.storeMs(), stages.nodesWritten());
        line("   %-44s %10.2f   (= %.0f tx/s; signatures are %.0f %% of it)", "sum, 1 thread", stages.totalMs(),
                transactionsPerBlock * 1e3 / stages.totalMs(), 100 * stages.signaturesOneThreadMs() / stages.totalMs());
        double verifyMs = transactionsPerBlock * 1e3 / verifyPerSecond;
        line("   %-44s %10.2f   (what the target leaves per block; the store alone took %.2f)",
                "allowed besides signatures, 1 thread", verifyMs / RATIO_TARGET - verifyMs, stages.storeMs());
    }

    void history(HistoryBench.Result result, SyncProbe.Cost sync) {
        line("");
        line("2. Cost per imported block vs history: 1 signed transfer per block; the data dir is copied aside at");
        line("   each checkpoint; then all are reopened, warmed up with 50 untimed blocks, and windows of %d blocks",
                options.windowBlocks());
        line("   starting at the checkpoints are imported in interleaved slices (so load changes hit all alike),");
        line("   each block decoded, imported and synced alone;");
        line("   history built untimed at %.0f blocks/s", result.buildNanos() == 0 ? 0
                : result.builtBlocks() * 1e9 / result.buildNanos());
        line("");
        line("   %7s %11s %6s %6s %6s %8s %8s %7s %5s %6s", "history", "mean ms/blk", "median", "p95", "max",
                "cpu ms/b", "proc cpu", "miss us", "files", "db MB");
        for (HistoryBench.Window window : result.windows()) {
            line("   %7d %11.3f %6.3f %6.3f %6.2f %8.3f %8.3f %7.1f %5d %6.1f%s", window.history(), window.meanMs(),
                    window.medianMs(), window.p95Ms(), window.maxMs(), window.cpuMs(), window.processCpuMs(),
                    window.absentLookupMicros(), window.tableFiles(), window.diskBytes() / 1e6,
                    window.reachedTarget() ? "" : "   (budget ran out; target was " + window.target() + ")");
        }
        List<HistoryBench.Window> windows = result.windows();
        if (windows.size() >= 2) {
            HistoryBench.Window first = windows.get(0);
            HistoryBench.Window last = windows.get(windows.size() - 1);
            double ratio = last.meanMs() / first.meanMs();
            line("   ratio mean ms/block, %d vs %d blocks of history: %.3f %s", last.history(), first.history(),
                    ratio, ratio <= GROWTH_TARGET ? "meets <= 1.10" : "ABOVE 1.10");
            line("   (median ratio %.3f, CPU-time ratio %.3f)", last.medianMs() / first.medianMs(),
                    last.cpuMs() / first.cpuMs());
        }
        if (result.truncated()) {
            long reached = windows.get(windows.size() - 1).history();
            line("   NOTE: history stopped at %d blocks, not %d: building it took longer than --budget-seconds %d",
                    reached, options.history(), options.historyBudget().toSeconds());
        }
        line("   cpu ms/b: the importing thread's CPU per block; proc cpu: the whole process's, LevelDB's compaction");
        line("   included; miss us: one lookup of an absent block (each import does one), after the window; files:");
        line("   LevelDB table files. %d of %d slices started before background work had settled (waited <= 3 s)",
                result.busySlices(), result.slices());
        line("   a synced LevelDB commit of 1 KB costs %.3f ms here (%.3f ms unsynced): the floor per block",
                sync.syncedMs(), sync.unsyncedMs());
        line("   load average after the windows: %.2f%s", result.loadAverage(), result.loadAverage() > 1.5
                ? "; a small block's wall time then includes waiting for a core" : "");
    }

    void footer(long nanos, double loadAfter) {
        line("");
        line("total run time %.0f s; load average %.2f at the end", nanos / 1e9, loadAfter);
    }

    private static String samples(double[] samples) {
        return Arrays.stream(samples).mapToObj(sample -> String.format(Locale.ROOT, "%.0f", sample))
                .collect(Collectors.joining(" "));
    }

    private void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
