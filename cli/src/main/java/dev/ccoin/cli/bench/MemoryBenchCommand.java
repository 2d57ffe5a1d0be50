package dev.ccoin.cli.bench;

import dev.ccoin.cli.command.CcoinProgram;
import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.storage.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin bench memory}: whether {@code ccoin import} stays inside a heap of {@code storage.state_memory_mb}
 * plus a fixed margin over a long, growing chain (protocol §12). Generates {@code --blocks} blocks whose every
 * transfer pays a new account ({@link ChainGenerator.Recipients#FRESH}), imports them in a child JVM with that heap
 * and a GC log ({@link ImportMemoryProbe}), and prints whether the import finished, the most state it held against
 * the bound, the heap after collections and the commits the bound forced. Figures are printed, not asserted.
 */
@Command(name = "memory", mixinStandardHelpOptions = true,
        description = "Import a growing chain in a heap of state_memory_mb plus a margin; held state and heap.")
public final class MemoryBenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--blocks", paramLabel = "N", defaultValue = "100000",
            description = "blocks in the generated chain, 1..200000 (default: ${DEFAULT-VALUE})")
    private int blocks;

    @Option(names = "--transactions-per-block", paramLabel = "T", defaultValue = "2",
            description = "transfers in each block, each to a new account, 0..100 (default: ${DEFAULT-VALUE})")
    private int perBlock;

    @Option(names = "--state-memory-mb", paramLabel = "MB", defaultValue = "16",
            description = "the import's storage.state_memory_mb, 1..4096 (default: ${DEFAULT-VALUE})")
    private int stateMemoryMb;

    @Option(names = "--heap-margin-mb", paramLabel = "MB", defaultValue = "64",
            description = "the child's -Xmx is state_memory_mb plus this, 16..4096 (default: ${DEFAULT-VALUE})")
    private int heapMarginMb;

    @Option(names = "--state-commit-blocks", paramLabel = "N", defaultValue = "1000000",
            description = "the import's storage.state_commit_blocks; above the chain's length only the memory "
                    + "bound commits (default: ${DEFAULT-VALUE})")
    private int stateCommitBlocks;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "where the chain file, data dir and logs go (default: a new temporary dir, deleted after)")
    private Path dir;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "1800",
            description = "longest wait for the import, 10..7200 s (default: ${DEFAULT-VALUE})")
    private int timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException, IOException {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = dir == null;
        Path work = temporary ? Files.createTempDirectory("ccoin-bench-memory-") : Files.createDirectories(dir);
        try {
            return run(out, work);
        } finally {
            if (temporary) {
                SyncBenchCommand.delete(work);
            }
        }
    }

    private int run(PrintWriter out, Path work) throws InterruptedException {
        Path chainFile = work.resolve("chain.bin");
        Path dataDir = work.resolve("data");
        if (Files.exists(dataDir)) {
            throw new CommandFailure(work + " already holds a run (data/); give an empty --dir");
        }
        out.printf(Locale.ROOT, "memory: %d blocks with %d transfer(s) each to new accounts, in %s%n", blocks,
                perBlock, work);
        out.flush();
        long started = System.nanoTime();
        ChainGenerator.Generated chain = new ChainGenerator(Runtime.getRuntime().availableProcessors())
                .generate(blocks, perBlock, ChainGenerator.Recipients.FRESH, chainFile);
        out.printf(Locale.ROOT, "generated     %d blocks, %.1f MB, %d new accounts, in %.1f s%n", chain.headHeight(),
                chain.bytes() / 1e6, (long) blocks * perBlock, (System.nanoTime() - started) / 1e9);
        out.flush();
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, chain.params());
        }
        ImportMemoryProbe.Settings settings = new ImportMemoryProbe.Settings(stateMemoryMb, heapMarginMb,
                stateCommitBlocks, Duration.ofSeconds(timeoutSeconds));
        ImportMemoryProbe.Result r = new ImportMemoryProbe(CcoinProgram.of(spec)).run(chainFile, dataDir, work, settings);
        out.printf(Locale.ROOT, "import        -Xmx%dm (state_memory_mb %d + %d), state_commit_blocks %d: exit %d%s, "
                        + "%.1f s, head %d%s%n", settings.heapMb(), stateMemoryMb, heapMarginMb, stateCommitBlocks,
                r.exitCode(), r.outOfMemory() ? ", OutOfMemoryError" : "", r.seconds(), r.headHeight(),
                r.head().filter(chain.headHash()::equals).isPresent() ? " (the chain's head)" : " (NOT the chain's head)");
        out.printf(Locale.ROOT, "held state    at most %.2f MiB against the bound of %d MiB (%.2f); %.2f MiB in %d nodes "
                        + "at the end%n", r.heldPeakBytes() / 1048576.0, stateMemoryMb,
                r.heldPeakBytes() / (stateMemoryMb * 1048576.0), r.heldBytes() / 1048576.0, r.heldNodes());
        out.printf(Locale.ROOT, "heap          at most %d MiB after a collection, %d MiB before one, of %d MiB; %d "
                + "collections (GC log %s)%n", r.heapAfterMaxMb(), r.heapBeforeMaxMb(), settings.heapMb(),
                r.collections(), work.resolve("import-gc.log"));
        List<Long> commits = r.commitHeights();
        out.printf(Locale.ROOT, "commits       %d states committed%s; %s%n", commits.size(), spread(commits),
                r.commitsOffRoot().isEmpty() ? "each root its header's" : "OFF ROOT at " + r.commitsOffRoot());
        boolean held = r.completed() && r.heldWithin(stateMemoryMb * 1048576L, perBlock);
        out.printf(Locale.ROOT, "verdict       %s%n", held ? "finished inside the heap, held state capped at the bound"
                : "NOT within the bound; see " + r.log());
        out.flush();
        return 0;
    }

    /** Where the commits fell: first, last, and the median gap. */
    private static String spread(List<Long> heights) {
        if (heights.size() < 2) {
            return "";
        }
        long[] gaps = new long[heights.size() - 1];
        for (int i = 1; i < heights.size(); i++) {
            gaps[i - 1] = heights.get(i) - heights.get(i - 1);
        }
        Arrays.sort(gaps);
        return String.format(Locale.ROOT, " (heights %d..%d, median gap %d blocks)", heights.get(0),
                heights.get(heights.size() - 1), gaps[gaps.length / 2]);
    }

    private void validate() {
        if (blocks < 1 || blocks > 200_000) {
            throw usage("--blocks must be 1..200000, got " + blocks);
        }
        if (perBlock < 0 || perBlock > 100) {
            throw usage("--transactions-per-block must be 0..100, got " + perBlock);
        }
        if (stateMemoryMb < 1 || stateMemoryMb > 4096) {
            throw usage("--state-memory-mb must be 1..4096, got " + stateMemoryMb);
        }
        if (heapMarginMb < 16 || heapMarginMb > 4096) {
            throw usage("--heap-margin-mb must be 16..4096, got " + heapMarginMb);
        }
        if (stateCommitBlocks < 1) {
            throw usage("--state-commit-blocks must be at least 1, got " + stateCommitBlocks);
        }
        if (timeoutSeconds < 10 || timeoutSeconds > 7200) {
            throw usage("--timeout must be 10..7200 seconds, got " + timeoutSeconds);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
