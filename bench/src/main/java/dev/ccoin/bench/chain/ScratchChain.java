package dev.ccoin.bench.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.merkle.NodeStore;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.archive.ChainImporter;
import dev.ccoin.node.archive.Progress;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.chain.ImportResult;
import dev.ccoin.node.chain.ImportStatus;
import dev.ccoin.node.chain.LocalChain;
import dev.ccoin.node.storage.ChainStore;
import dev.ccoin.node.storage.Database;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/**
 * A data dir in a temporary folder, initialised with {@link ChainInitializer} and opened as the node opens it
 * ({@link LocalChain}: synced batch per block, its own verifier pool and an empty signature cache). It can be
 * copied while closed, so a chain's state at some height can be kept aside while it grows. Closing it closes the
 * chain and deletes the folder. Owned by one thread.
 */
final class ScratchChain implements AutoCloseable {
    private final Path dataDir;
    private final NodeScheduler threads = new NodeScheduler();
    private final ForkJoinPool verifiers;
    private LocalChain chain;

    private ScratchChain(Path dataDir, int verifierThreads) {
        this.dataDir = dataDir;
        this.verifiers = threads.verifierPool(verifierThreads);
        this.chain = LocalChain.open(dataDir, Clock.systemUTC(), verifiers);
    }

    /** A new data dir under {@code parent}, initialised for {@code params} and opened. */
    static ScratchChain create(Path parent, ChainParams params, int verifierThreads) {
        Path dataDir = newDirectory(parent);
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, params);
        }
        return new ScratchChain(dataDir, verifierThreads);
    }

    /** Opens a data dir made by {@link #copy}; it is deleted when closed. */
    static ScratchChain open(Path dataDir, int verifierThreads) {
        return new ScratchChain(dataDir, verifierThreads);
    }

    /** Closes the chain, copies its data dir to a new folder under {@code parent}, opens it again. */
    Path copy(Path parent) {
        chain.close();
        Path copy = newDirectory(parent);
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(dataDir.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + dataDir + " to " + copy, e);
        } finally {
            chain = LocalChain.open(dataDir, Clock.systemUTC(), verifiers);
        }
        return copy;
    }

    /** Closes and opens the chain again: LevelDB and the chain's caches start cold, as after a restart. */
    void reopen() {
        chain.close();
        chain = LocalChain.open(dataDir, Clock.systemUTC(), verifiers);
    }

    /** The state-tree nodes on disk, as the chain reads them. */
    NodeStore stateNodes() {
        return chain.stateNodes();
    }

    long headHeight() {
        return chain.blockchain().head().height();
    }

    /** Imports a block that must become the new head; a benchmark chain that does not import is a bug here. */
    void importHead(Block block) {
        ImportResult result = chain.blockchain().importBlock(block);
        if (result.status() != ImportStatus.NEW_HEAD) {
            throw new IllegalStateException("block " + block.height() + " imported as " + result.status()
                    + result.failure().map(failure -> ": " + failure.getMessage()).orElse(""));
        }
    }

    /**
     * Imports an export stream (genesis first) as {@code ccoin import} does — blocks read ahead and checked on the
     * verifier pool while the one before is imported — and fails unless every block after genesis was new.
     */
    void importStream(byte[] stream, int expectedNewBlocks) {
        ChainImporter.Summary summary = new ChainImporter(chain.blockchain(), chain.preverifier(), System::nanoTime)
                .importFrom(new ByteArrayInputStream(stream), stream.length, Progress.NONE);
        if (summary.newBlocks() != expectedNewBlocks) {
            throw new IllegalStateException("imported " + summary.newBlocks() + " new blocks, expected "
                    + expectedNewBlocks);
        }
    }

    /**
     * Mean nanoseconds of looking up a block that is not there, as every import does first
     * ({@code ChainStore.containsBlock}): in an LSM tree a miss may probe every level, so it is the read most
     * likely to grow with the database.
     */
    double absentBlockLookupNanos(int count) {
        ChainStore store = new ChainStore(chain.database());
        Random random = new Random(count);
        byte[] hash = new byte[Hash32.LENGTH];
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            random.nextBytes(hash);
            if (store.containsBlock(Hash32.of(hash))) {
                throw new IllegalStateException("a random hash names a stored block");
            }
        }
        return (System.nanoTime() - started) / (double) count;
    }

    /** The table files of the database: how many levels' worth of files a lookup may meet. */
    long tableFiles() {
        try (Stream<Path> files = Files.list(dataDir.resolve(Database.DIRECTORY))) {
            return files.filter(file -> file.toString().endsWith(".ldb") || file.toString().endsWith(".sst")).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dataDir, e);
        }
    }

    /** The bytes the data dir takes on disk now; a file LevelDB deletes while it is counted counts as empty. */
    long diskBytes() {
        try (Stream<Path> files = Files.list(dataDir.resolve(Database.DIRECTORY))) {
            return files.mapToLong(ScratchChain::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dataDir, e);
        }
    }

    @Override
    public void close() {
        try {
            chain.close();
            threads.close();
        } finally {
            delete(dataDir);
        }
    }

    static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> paths = files.sorted(Comparator.reverseOrder()).toList();
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }

    private static Path newDirectory(Path parent) {
        try {
            return Files.createTempDirectory(parent, "ccoin-import-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a data dir under " + parent, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // a LevelDB file removed by a compaction while we walked
        }
    }
}
