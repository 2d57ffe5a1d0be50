package dev.ccoin.bench.chain;

import dev.ccoin.core.block.Block;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Part 2: the cost of importing a block as the history grows. One data dir is filled with small blocks —
 * generation of the next chunk overlapping the import of this one, untimed — and at each checkpoint its folder is
 * copied aside together with the blocks that follow, which the growing chain then imports as history. When the
 * last checkpoint is reached, every copy and the chain itself are reopened and warmed up with {@link #WARM_UP}
 * untimed blocks, so that each window starts exactly at its checkpoint with warm caches; then the windows are
 * imported in {@link #SLICES} interleaved slices, each block decoded and imported alone and timed — a change in
 * the machine's load hits every checkpoint alike instead of whichever happened to be measured at the time — and
 * each slice waits for the process to go idle, so it does not pay for another data dir's compaction. If the
 * time budget runs out first, the chain's height then is the last checkpoint and the result says so. Owned by one
 * thread.
 */
final class HistoryBench {
    private static final int CHUNK_BLOCKS = 500;
    private static final long PROGRESS_EVERY = 10_000;
    private static final int SLICES = 10;
    private static final int WARM_UP = 50;
    private static final Duration IDLE_WAIT = Duration.ofSeconds(3);
    private static final int ABSENT_LOOKUPS = 20_000;

    /**
     * One checkpoint's window: import times per block in milliseconds after {@code history} blocks; the importing
     * thread's CPU time per block (hardly moved by other load; without fsync waits and LevelDB's own threads); and
     * the whole process's, LevelDB's compaction included; and, after the window, the cost of looking up an absent
     * block and the number of table files.
     */
    record Window(long history, long target, int blocks, double meanMs, double medianMs, double p95Ms,
            double maxMs, double cpuMs, double processCpuMs, double absentLookupMicros, long tableFiles,
            long diskBytes) {
        boolean reachedTarget() {
            return history >= target;
        }
    }

    /** The windows, and how fast the untimed history was built (generation and import overlapping). */
    record Result(List<Window> windows, int slices, int busySlices, long builtBlocks, long buildNanos,
            double loadAverage) {
        boolean truncated() {
            return windows.stream().anyMatch(window -> !window.reachedTarget());
        }
    }

    /** A checkpoint being measured: its chain, its warm-up and window blocks, and what the window took. */
    private static final class Checkpoint {
        final long target;
        final long history;
        final List<byte[]> warmUp;
        final List<byte[]> window;
        final double[] millis;
        ScratchChain chain;
        Path copy;
        long cpuNanos;
        long processCpuNanos;

        Checkpoint(long target, List<Block> blocks, int warmUp) {
            this.target = target;
            this.history = blocks.get(warmUp).height() - 1;
            List<byte[]> wire = blocks.stream().map(Block::encode).toList();
            this.warmUp = wire.subList(0, warmUp);
            this.window = wire.subList(warmUp, wire.size());
            this.millis = new double[window.size()];
        }

        List<byte[]> blocks() {
            List<byte[]> all = new ArrayList<>(warmUp);
            all.addAll(window);
            return all;
        }
    }

    private final SmallBlockSource source;
    private final Path workDir;
    private final int windowBlocks;
    private final Duration budget;
    private long builtBlocks;
    private long buildNanos;

    HistoryBench(SmallBlockSource source, Path workDir, int windowBlocks, Duration budget) {
        this.source = source;
        this.workDir = workDir;
        this.windowBlocks = windowBlocks;
        this.budget = budget;
    }

    /** Measures a window after each of {@code checkpoints} blocks of history (ascending). */
    Result run(List<Long> checkpoints) {
        long deadline = System.nanoTime() + budget.toNanos();
        int threads = Runtime.getRuntime().availableProcessors();
        List<Checkpoint> measured = new ArrayList<>();
        ExecutorService generator = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "block-generator");
            thread.setDaemon(true);
            return thread;
        });
        try (ScratchChain chain = ScratchChain.create(workDir, source.params(), threads)) {
            for (int i = 0; i < checkpoints.size(); i++) {
                long target = checkpoints.get(i);
                int warmUp = (int) Math.min(WARM_UP, target);
                buildTo(chain, target - warmUp, deadline, generator);
                boolean last = i == checkpoints.size() - 1 || source.height() < target - warmUp;
                Checkpoint checkpoint = new Checkpoint(target, source.next(warmUp + windowBlocks), warmUp);
                measured.add(checkpoint);
                if (last) {
                    checkpoint.chain = chain;
                    break;
                }
                checkpoint.copy = chain.copy(workDir);
                Progress.note("history: %d blocks copied aside", checkpoint.history - warmUp);
                for (byte[] wire : checkpoint.blocks()) {
                    chain.importHead(Block.decode(wire));
                }
            }
            try {
                for (Checkpoint checkpoint : measured) {
                    if (checkpoint.chain == null) {
                        checkpoint.chain = ScratchChain.open(checkpoint.copy, threads);
                    } else {
                        checkpoint.chain.reopen();
                    }
                    for (byte[] wire : checkpoint.warmUp) {
                        checkpoint.chain.importHead(Block.decode(wire));
                    }
                }
                int busy = measure(measured);
                return new Result(measured.stream().map(HistoryBench::window).toList(), SLICES * measured.size(),
                        busy, builtBlocks, buildNanos,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            } finally {
                measured.stream().filter(checkpoint -> checkpoint.chain != null && checkpoint.chain != chain)
                        .forEach(checkpoint -> checkpoint.chain.close());
                measured.stream().filter(checkpoint -> checkpoint.chain == null && checkpoint.copy != null)
                        .forEach(checkpoint -> ScratchChain.delete(checkpoint.copy));
            }
        } finally {
            generator.shutdownNow();
        }
    }

    /** Imports small blocks until the chain is {@code target} high or the deadline has passed. */
    private void buildTo(ScratchChain chain, long target, long deadline, ExecutorService generator) {
        long started = System.nanoTime();
        long startHeight = source.height();
        Future<List<Block>> pending = nextChunk(target, deadline, generator);
        while (pending != null) {
            List<Block> chunk = join(pending);
            pending = nextChunk(target, deadline, generator);
            for (Block block : chunk) {
                chain.importHead(block);
                if (block.height() % PROGRESS_EVERY == 0) {
                    Progress.note("history: %d blocks", block.height());
                }
            }
        }
        buildNanos += System.nanoTime() - started;
        builtBlocks += source.height() - startHeight;
    }

    /** The next chunk towards {@code target}, being made on the generator; null when there is nothing to make. */
    private Future<List<Block>> nextChunk(long target, long deadline, ExecutorService generator) {
        long remaining = target - source.height();
        if (remaining <= 0 || System.nanoTime() > deadline) {
            return null;
        }
        int count = (int) Math.min(CHUNK_BLOCKS, remaining);
        return generator.submit(() -> source.next(count));
    }

    /**
     * Imports every window, slice by slice in turn, timing each block; before each slice, waits for background
     * work (LevelDB compaction, the JIT, the collector) to settle. Returns the slices that started while it had not.
     */
    private int measure(List<Checkpoint> checkpoints) {
        System.gc();
        int busy = 0;
        for (int slice = 0; slice < SLICES; slice++) {
            for (Checkpoint checkpoint : checkpoints) {
                if (!ProcessCpu.awaitIdle(IDLE_WAIT)) {
                    busy++;
                }
                int from = slice * windowBlocks / SLICES;
                int to = (slice + 1) * windowBlocks / SLICES;
                Rate.Stopwatch cpu = Rate.start();
                long processStart = ProcessCpu.nanos();
                for (int i = from; i < to; i++) {
                    long started = System.nanoTime();
                    checkpoint.chain.importHead(Block.decode(checkpoint.window.get(i)));
                    checkpoint.millis[i] = (System.nanoTime() - started) / 1e6;
                }
                checkpoint.cpuNanos += cpu.stop(to - from).cpuNanos();
                checkpoint.processCpuNanos += ProcessCpu.nanos() - processStart;
            }
        }
        return busy;
    }

    private static Window window(Checkpoint checkpoint) {
        double[] millis = checkpoint.millis;
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Window(checkpoint.history, checkpoint.target, millis.length,
                Arrays.stream(millis).average().orElse(0), ThroughputBench.median(millis),
                sorted[(int) Math.ceil(0.95 * sorted.length) - 1], sorted[sorted.length - 1],
                checkpoint.cpuNanos / 1e6 / millis.length, checkpoint.processCpuNanos / 1e6 / millis.length,
                checkpoint.chain.absentBlockLookupNanos(ABSENT_LOOKUPS) / 1e3, checkpoint.chain.tableFiles(),
                checkpoint.chain.diskBytes());
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating blocks", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("generating blocks failed: " + e.getCause(), e.getCause());
        }
    }
}
