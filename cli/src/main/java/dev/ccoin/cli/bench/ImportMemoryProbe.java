package dev.ccoin.cli.bench;

import dev.ccoin.cli.command.CcoinProgram;
import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.core.block.Block;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.storage.ChainStore;
import dev.ccoin.node.storage.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code ccoin import} of a block stream into an initialised data dir, in a child JVM whose heap is fixed at
 * {@code storage.state_memory_mb} plus a margin ({@code -Xmx}, {@code -XX:+ExitOnOutOfMemoryError}), with the JVM's
 * GC log: whether the import finished inside that heap, the most state it held in memory against the bound (the
 * import's own report), the heap after and before each collection, and the heights whose state the import committed
 * (protocol §12), each checked against its block's state root. With {@code state_commit_blocks} above the chain's
 * length, every commit but the one at the clean stop is one the memory bound forced. Used from one thread.
 */
final class ImportMemoryProbe {
    private static final Pattern IMPORTED = Pattern.compile("imported (\\d+) blocks .*; head (\\d+) ([0-9a-f]{64})");
    private static final Pattern HELD = Pattern.compile(
            "state held in memory: (\\d+) nodes, (\\d+) KiB; at most (\\d+) KiB");
    /** A collection in {@code -Xlog:gc}: "GC(7) Pause Young (Normal) (G1 Evacuation Pause) 40M->12M(80M) 3.1ms". */
    private static final Pattern COLLECTION = Pattern.compile("GC\\(\\d+\\) (Pause .*?) (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /**
     * How far above the bound the held state may go: a block's new nodes go in before the commit that brings the held
     * state back under it (a block of 100 transfers to new accounts adds ~100 paths of ~20 nodes, ~600 KiB; a
     * block of 8, ~50 KiB).
     */
    static long blockOvershootBytes(int transfersPerBlock) {
        return (transfersPerBlock + 2L) * 24 * 300 + 64 * 1024;
    }

    /** The import's settings: the memory bound, the heap above it, the commit interval, the longest wait. */
    record Settings(int stateMemoryMb, int heapMarginMb, int stateCommitBlocks, Duration timeout) {
        int heapMb() {
            return stateMemoryMb + heapMarginMb;
        }
    }

    /**
     * What one import showed. {@code heldPeakBytes} is the held state's estimated size right after a block's nodes
     * went in (before the commit that brings it back under the bound); heap figures are MiB from the GC log.
     */
    record Result(int exitCode, boolean outOfMemory, double seconds, long headHeight, Optional<Hash32> head,
            long heldNodes, long heldBytes, long heldPeakBytes, int collections, long heapAfterMaxMb,
            long heapBeforeMaxMb, List<Long> commitHeights, List<Long> commitsOffRoot, Path log) {
        boolean completed() {
            return exitCode == 0 && !outOfMemory && head.isPresent();
        }

        /** Whether the held state stayed at or under {@code boundBytes} but for one block's overshoot. */
        boolean heldWithin(long boundBytes, int transfersPerBlock) {
            return heldPeakBytes >= 0 && heldPeakBytes <= boundBytes + blockOvershootBytes(transfersPerBlock)
                    && heldBytes <= boundBytes;
        }
    }

    private final CcoinProgram ccoin;

    ImportMemoryProbe(CcoinProgram ccoin) {
        this.ccoin = ccoin;
    }

    /** Imports {@code chainFile} into {@code dataDir} (initialised) with {@code settings}; logs go to {@code work}. */
    Result run(Path chainFile, Path dataDir, Path work, Settings settings) throws InterruptedException {
        Path log = work.resolve("import.log");
        Path gcLog = work.resolve("import-gc.log");
        List<String> jvm = List.of("-Xmx" + settings.heapMb() + "m", "-XX:+ExitOnOutOfMemoryError",
                "-Xlog:gc:file=" + gcLog);
        int exit;
        double seconds;
        List<String> lines;
        try (BenchProcess importer = BenchProcess.start(ccoin, "ccoin import", log, jvm, "import",
                "--data-dir", dataDir.toString(), "--state-memory-mb", Integer.toString(settings.stateMemoryMb()),
                "--state-commit-blocks", Integer.toString(settings.stateCommitBlocks()), chainFile.toString())) {
            exit = importer.awaitExit(settings.timeout(), new Duration[] {Duration.ZERO});
            seconds = (System.nanoTime() - importer.startedNanos()) / 1e9;
            lines = read(log);
        }
        boolean outOfMemory = lines.stream().anyMatch(line -> line.contains("OutOfMemoryError"));
        Optional<Matcher> imported = first(lines, IMPORTED);
        Optional<Matcher> held = first(lines, HELD);
        long heapAfter = 0;
        long heapBefore = 0;
        int collections = 0;
        for (String line : read(gcLog)) {
            Matcher m = COLLECTION.matcher(line);
            if (m.find()) {
                collections++;
                heapBefore = Math.max(heapBefore, Long.parseLong(m.group(2)));
                heapAfter = Math.max(heapAfter, Long.parseLong(m.group(3)));
            }
        }
        List<Long> commits = new ArrayList<>();
        List<Long> offRoot = new ArrayList<>();
        if (exit == 0) {
            committedStates(dataDir, commits, offRoot);
        }
        return new Result(exit, outOfMemory, seconds,
                imported.map(m -> Long.parseLong(m.group(2))).orElse(-1L),
                imported.map(m -> Hash32.parse(m.group(3))),
                held.map(m -> Long.parseLong(m.group(1))).orElse(-1L),
                held.map(m -> Long.parseLong(m.group(2)) * 1024).orElse(-1L),
                held.map(m -> Long.parseLong(m.group(3)) * 1024).orElse(-1L),
                collections, heapAfter, heapBefore, commits, offRoot, log);
    }

    /** The canonical heights whose state is committed, and those whose committed root is not their header's. */
    private static void committedStates(Path dataDir, List<Long> heights, List<Long> offRoot) {
        try (Database database = Database.open(dataDir)) {
            ChainStore store = new ChainStore(database);
            for (long height = 0; ; height++) {
                Optional<Hash32> hash = store.canonicalHash(height);
                if (hash.isEmpty()) {
                    return;
                }
                Optional<Hash32> root = store.committedState(hash.get());
                if (root.isPresent()) {
                    heights.add(height);
                    Bytes stored = store.block(hash.get()).orElseThrow();
                    if (!Block.decode(stored.toArray()).header().stateRoot().equals(root.get())) {
                        offRoot.add(height);
                    }
                }
            }
        }
    }

    private static Optional<Matcher> first(List<String> lines, Pattern pattern) {
        for (String line : lines) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static List<String> read(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.ISO_8859_1) : List.of();
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
