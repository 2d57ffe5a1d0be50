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
 * Part 2: the cost of importing a block as the history grows. One data dir is filled with small blocks up to each
 * checkpoint — generation of the next chunk overlapping the import of this one, untimed — and then a window of
 * blocks of the same shape is generated in full, after which (with the generator idle) each window block is decoded
 * and imported through {@code Blockchain.importBlock}, timed one by one. If the time budget runs out before a
 * checkpoint, the last window is measured at the history reached and the result says so. Owned by one thread.
 */
final class HistoryBench {
    private static final int CHUNK_BLOCKS = 500;
    private static final long PROGRESS_EVERY = 10_000;

    /**
     * One timed window: import times per block in milliseconds, after {@code history} blocks, and the importing
     * thread's CPU time per block (load-insensitive, without fsync waits and LevelDB's own threads), with the
     * machine's load average when it ended.
     */
    record Window(long history, long target, int blocks, double meanMs, double medianMs, double p95Ms,
            double maxMs, double cpuMs, long diskBytes, double loadAverage) {
        boolean reachedTarget() {
            return history >= target;
        }
    }

    /** The windows measured, and how fast the untimed history was built (generation and import overlapping). */
    record Result(List<Window> windows, long builtBlocks, long buildNanos) {
        boolean truncated() {
            return windows.stream().anyMatch(window -> !window.reachedTarget());
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
        List<Window> windows = new ArrayList<>();
        ExecutorService generator = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "block-generator");
            thread.setDaemon(true);
            return thread;
        });
        try (ScratchChain chain = ScratchChain.create(workDir, source.params(),
                Runtime.getRuntime().availableProcessors())) {
            for (long checkpoint : checkpoints) {
                buildTo(chain, checkpoint, deadline, generator);
                Window window = window(chain, checkpoint);
                windows.add(window);
                Progress.note("window after %d blocks: %.3f ms/block mean, %.3f median", window.history(),
                        window.meanMs(), window.medianMs());
                if (!window.reachedTarget()) {
                    break;
                }
            }
        } finally {
            generator.shutdownNow();
        }
        return new Result(windows, builtBlocks, buildNanos);
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

    private Window window(ScratchChain chain, long target) {
        long history = source.height();
        List<byte[]> wire = source.next(windowBlocks).stream().map(Block::encode).toList();
        System.gc();
        double[] millis = new double[wire.size()];
        Rate.Stopwatch total = Rate.start();
        for (int i = 0; i < wire.size(); i++) {
            long started = System.nanoTime();
            chain.importHead(Block.decode(wire.get(i)));
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Rate rate = total.stop(wire.size());
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Window(history, target, millis.length, rate.wallNanos() / 1e6 / millis.length,
                ThroughputBench.median(millis), sorted[(int) Math.ceil(0.95 * sorted.length) - 1],
                sorted[sorted.length - 1], rate.cpuNanos() / 1e6 / millis.length, chain.diskBytes(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
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
