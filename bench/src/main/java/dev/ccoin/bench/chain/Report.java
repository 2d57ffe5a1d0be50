package dev.ccoin.bench.chain;

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
    }

    void generated(FullBlockChain chain, long nanos) {
        line("");
        line("1. Import throughput: %d blocks x %d signed transfers = %d transactions, %d senders, %.1f MB",
                chain.blocks().size(), chain.transactionsPerBlock(), chain.transactions(), options.senders(),
                chain.bytes() / 1e6);
        line("   (generated in %.1f s, untimed); each import into a fresh LevelDB data dir (no signature cached),",
                nanos / 1e9);
        line("   decoding every block from its wire bytes; synced batch per block; median of %d rounds",
                options.rounds());
    }

    void throughput(ThroughputBench.Result result) {
        double verify = result.verifyPerSecond();
        line("");
        line("   %-44s %10s", "measure", "per second");
        line("   %-44s %10.0f   (Pss.verify, decoded key; %d verifications)", "RSASSA-PSS-2048 verify, 1 core",
                verify, result.verifications());
        line("   %-44s %10.0f   (TransactionRules.checkSignature)", "sender key decode + verify, 1 core",
                result.checkSignaturePerSecond());
        for (Map.Entry<Integer, Double> entry : result.importTxPerSecond().entrySet()) {
            int threads = entry.getKey();
            double ratio = entry.getValue() / (threads * verify);
            line("   %-44s %10.0f   ratio %.2f %s   samples %s", "import, " + threads + " verifier thread"
                    + (threads == 1 ? "" : "s") + " (tx/s)", entry.getValue(), ratio,
                    ratio >= RATIO_TARGET ? "meets >= 0.70" : "BELOW 0.70", samples(result.importSamples()
                            .get(threads)));
        }
        Double oneCpu = result.importTxPerCpuSecond().get(1);
        if (oneCpu != null) {
            line("   %-44s %10.0f   ratio %.2f to %.0f verify/CPU s", "import, 1 thread, per CPU second (tx/s)",
                    oneCpu, oneCpu / result.verifyPerCpuSecond(), result.verifyPerCpuSecond());
        }
        Double one = result.importTxPerSecond().get(1);
        Double two = result.importTxPerSecond().get(2);
        if (one != null && two != null) {
            line("   %-44s %10.2f   (2 threads / 1 thread)", "parallel speed-up", two / one);
        }
        line("   ratio = import tx/s / (cores x single-core verify/s), cores = verifier threads");
        if (oneCpu != null) {
            line("   per CPU second = over the importing thread's CPU time, which other load hardly moves; it leaves");
            line("   out fsync waits and LevelDB's own threads, so it checks the wall-clock ratio, not replaces it");
        }
        if (cores < 2) {
            line("   NOTE: this machine has %d core; the 2-thread figure cannot show a speed-up", cores);
        }
    }

    void breakdown(ImportBreakdown.Result stages, double verifyPerSecond, int transactionsPerBlock) {
        line("");
        line("   where one block's import goes, 1 verifier thread unless said (separate pass, mean ms per block;");
        line("   approximate: earlier stages warm LevelDB's cache for later ones)");
        line("   %-44s %10.2f", "decode from wire bytes", stages.decodeMs());
        line("   %-44s %10.2f", "header rules (seal verify; size rule encodes)", stages.headerMs());
        line("   %-44s %10.2f   (%d / single-core verify rate = %.2f)", "transaction signatures, 1 thread",
                stages.signaturesOneThreadMs(), transactionsPerBlock, transactionsPerBlock * 1e3 / verifyPerSecond);
        line("   %-44s %10.2f", "transaction signatures, 2 threads", stages.signaturesTwoThreadsMs());
        line("   %-44s %10.2f   (execute with signatures cached)", "state transition, txRoot, stamps",
                stages.executeCachedMs());
        line("   %-44s %10.0f   (%.1f per transaction)", "  state-tree nodes read from LevelDB per block",
                stages.stateNodeReads(), stages.stateNodeReads() / transactionsPerBlock);
        line("   %-44s %10.2f   (import - header - execute)", "store, indexes, head: one synced batch",
                stages.storeMs());
        line("   %-44s %10.2f   (= %.0f tx/s)", "whole import (Blockchain.importBlock)", stages.importMs(),
                transactionsPerBlock * 1e3 / stages.importMs());
    }

    void history(HistoryBench.Result result, SyncProbe.Cost sync) {
        line("");
        line("2. Cost per imported block vs history: 1 signed transfer per block, windows of %d blocks,",
                options.windowBlocks());
        line("   each block decoded and imported alone (synced batch per block); history built untimed at %.0f blocks/s",
                result.buildNanos() == 0 ? 0 : result.builtBlocks() * 1e9 / result.buildNanos());
        line("");
        line("   %9s %11s %8s %8s %8s %10s %8s %6s", "history", "mean ms/blk", "median", "p95", "max", "cpu ms/blk",
                "db MB", "load");
        for (HistoryBench.Window window : result.windows()) {
            line("   %9d %11.3f %8.3f %8.3f %8.3f %10.3f %8.1f %6.2f%s", window.history(), window.meanMs(),
                    window.medianMs(), window.p95Ms(), window.maxMs(), window.cpuMs(), window.diskBytes() / 1e6,
                    window.loadAverage(),
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
        line("   a synced LevelDB commit of 1 KB costs %.3f ms here (%.3f ms unsynced): the floor per block",
                sync.syncedMs(), sync.unsyncedMs());
        if (windows.stream().anyMatch(window -> window.loadAverage() > 1.5)) {
            line("   NOTE: other processes loaded the machine during the windows (load column): a small block's");
            line("   wall time is then mostly waiting for a core; the CPU-time column is the fairer comparison");
        }
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
