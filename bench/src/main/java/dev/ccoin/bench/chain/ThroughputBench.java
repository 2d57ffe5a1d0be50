package dev.ccoin.bench.chain;

import dev.ccoin.core.tx.VerifyRate;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Part 1: import throughput of full blocks against the RSA verify rate. In each round it measures the single-core
 * verify rate, then imports the whole generated chain once per verifier-thread count, each time into a fresh data
 * dir (so no signature is cached) — interleaved, so a change in the machine's load hits both sides of the ratio.
 * The timed import is {@code ccoin import}'s: it reads an export stream, decodes every block, checks the next
 * blocks' signatures on the verifier pool while it imports one, and writes each block in a synced batch. With one
 * verifier thread nothing is checked ahead: the importing thread verifies as it goes, on one core. Each thread count
 * first imports the whole chain once untimed: a timed import lasts a second or two, and would otherwise pay for the
 * JIT compiling the import path, which a long {@code ccoin import} pays once. Reports medians over the rounds.
 * Owned by one thread.
 */
final class ThroughputBench {
    private static final int VERIFY_WARM_UP = 2_000;
    private static final int VERIFY_SAMPLE = 3_000;
    private static final Duration VERIFY_AT_LEAST = Duration.ofMillis(500);

    /**
     * The figures of part 1, medians over the rounds: rates per second of wall-clock time, and per second of CPU
     * time (the verifying thread's for the verify rate, the whole process's for an import), with every sample kept.
     */
    record Result(double verifyPerSecond, double verifyPerCpuSecond, double withKeyDecodePerSecond,
            long verifications, Map<Integer, Double> importTxPerSecond, Map<Integer, Double> importTxPerCpuSecond,
            Map<Integer, double[]> importSamples) {
    }

    private final FullBlockChain chain;
    private final Path workDir;

    ThroughputBench(FullBlockChain chain, Path workDir) {
        this.chain = chain;
        this.workDir = workDir;
    }

    Result run(int rounds, int... verifierThreads) {
        VerifyRate rate = new VerifyRate(chain.sample());
        rate.warmUp(VERIFY_WARM_UP);
        for (int threads : verifierThreads) {
            importOnce(threads, chain.blocks().size());
        }
        double[] verify = new double[rounds];
        double[] verifyCpu = new double[rounds];
        double[] check = new double[rounds];
        Map<Integer, double[]> imports = new LinkedHashMap<>();
        Map<Integer, double[]> importsCpu = new LinkedHashMap<>();
        long verifications = 0;
        for (int threads : verifierThreads) {
            imports.put(threads, new double[rounds]);
            importsCpu.put(threads, new double[rounds]);
        }
        for (int round = 0; round < rounds; round++) {
            Rate.Stopwatch stopwatch = Rate.start();
            Rate pss = stopwatch.stop(rate.pss(VERIFY_SAMPLE, VERIFY_AT_LEAST).count());
            verifications += pss.count();
            verify[round] = pss.perSecond();
            verifyCpu[round] = pss.perCpuSecond();
            check[round] = rate.withKeyDecode(VERIFY_SAMPLE, VERIFY_AT_LEAST).perSecond();
            Progress.note("round %d/%d: verify %.0f/s (%.0f per CPU second), key decode + verify %.0f/s",
                    round + 1, rounds, verify[round], verifyCpu[round], check[round]);
            for (int threads : verifierThreads) {
                Rate imported = importOnce(threads, chain.blocks().size());
                imports.get(threads)[round] = imported.perSecond();
                importsCpu.get(threads)[round] = imported.perCpuSecond();
                Progress.note("round %d/%d: import on %d verifier thread(s) %.0f tx/s", round + 1, rounds, threads,
                        imported.perSecond());
            }
        }
        Map<Integer, Double> medians = new LinkedHashMap<>();
        imports.forEach((threads, samples) -> medians.put(threads, median(samples)));
        Map<Integer, Double> cpuMedians = new LinkedHashMap<>();
        importsCpu.forEach((threads, samples) -> cpuMedians.put(threads, median(samples)));
        return new Result(median(verify), median(verifyCpu), median(check), verifications, medians,
                cpuMedians, imports);
    }

    /**
     * Imports the first {@code blocks} blocks into a fresh data dir as {@code ccoin import} does, timing the
     * transactions imported.
     */
    private Rate importOnce(int verifierThreads, int blocks) {
        byte[] stream = chain.stream(blocks);
        try (ScratchChain scratch = ScratchChain.create(workDir, chain.params(), verifierThreads)) {
            System.gc();
            Rate.Stopwatch stopwatch = Rate.startProcess();
            scratch.importStream(stream, blocks);
            return stopwatch.stop((long) chain.transactionsPerBlock() * blocks);
        }
    }

    static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
