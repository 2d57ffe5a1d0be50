package dev.ccoin.bench.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.merkle.NodeStore;
import dev.ccoin.node.chain.Blockchain;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.chain.ImportResult;
import dev.ccoin.node.chain.ImportStatus;
import dev.ccoin.node.chain.LocalChain;
import dev.ccoin.node.storage.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh data dir in a temporary folder, initialised with {@link ChainInitializer} and opened as the node opens it
 * ({@link LocalChain}: synced batch per block, its own verifier pool and an empty signature cache). Closing it
 * closes the chain and deletes the folder. Owned by one thread.
 */
final class ScratchChain implements AutoCloseable {
    private final Path dataDir;
    private final LocalChain chain;

    private ScratchChain(Path dataDir, LocalChain chain) {
        this.dataDir = dataDir;
        this.chain = chain;
    }

    static ScratchChain create(Path parent, ChainParams params, int verifierThreads) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory(parent, "ccoin-import-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a data dir under " + parent, e);
        }
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, params);
        }
        return new ScratchChain(dataDir, LocalChain.open(dataDir, Clock.systemUTC(), verifierThreads));
    }

    Blockchain blockchain() {
        return chain.blockchain();
    }

    /** The state-tree nodes on disk, as the chain reads them. */
    NodeStore stateNodes() {
        return chain.stateNodes();
    }

    /** Imports a block that must become the new head; a benchmark chain that does not import is a bug here. */
    void importHead(Block block) {
        ImportResult result = chain.blockchain().importBlock(block);
        if (result.status() != ImportStatus.NEW_HEAD) {
            throw new IllegalStateException("block " + block.height() + " imported as " + result.status()
                    + result.failure().map(failure -> ": " + failure.getMessage()).orElse(""));
        }
    }

    /** The bytes the data dir takes on disk now. */
    long diskBytes() {
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                return files.filter(Files::isRegularFile).mapToLong(ScratchChain::size).sum();
            } catch (IOException | UncheckedIOException e) {
                // LevelDB's compaction may delete a file while the walk lists the folder.
                if (attempt == 3) {
                    return -1;
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            chain.close();
        } finally {
            delete(dataDir);
        }
    }

    static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
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
