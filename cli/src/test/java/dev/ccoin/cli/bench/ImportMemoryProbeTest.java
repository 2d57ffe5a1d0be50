package dev.ccoin.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Main;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.storage.Database;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory bound of protocol §12 held by a real {@code ccoin import} in a child JVM of a fixed heap: the chain's
 * every transfer pays a new account, so the state grows all along, and only the memory bound commits it. At this
 * size the state the import would hold unbounded is several times the bound (12 000 accounts, ~6 MiB of nodes
 * against 1 MiB); {@code ccoin bench memory} runs the same probe over 100 000 blocks.
 */
class ImportMemoryProbeTest {
    private static final int BLOCKS = 1_500;
    private static final int TRANSFERS_PER_BLOCK = 8;

    @TempDir
    Path dir;

    @Test
    void anImportInAHeapOfTheMemoryBoundPlusAMarginFinishesWithTheHeldStateCappedAtTheBound() throws Exception {
        Path chainFile = dir.resolve("chain.bin");
        ChainGenerator.Generated chain = new ChainGenerator(Runtime.getRuntime().availableProcessors())
                .generate(BLOCKS, TRANSFERS_PER_BLOCK, ChainGenerator.Recipients.FRESH, chainFile);
        Path dataDir = dir.resolve("data");
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, chain.params());
        }
        ImportMemoryProbe.Settings settings = new ImportMemoryProbe.Settings(1, 64, 1_000_000, Duration.ofSeconds(300));

        ImportMemoryProbe.Result result = new ImportMemoryProbe(new Main()).run(chainFile, dataDir, dir, settings);

        assertThat(result.completed()).as("import in -Xmx%dm; see %s", settings.heapMb(), result.log()).isTrue();
        assertThat(result.outOfMemory()).isFalse();
        assertThat(result.head()).contains(chain.headHash());
        long bound = 1024 * 1024;
        assertThat(result.heldPeakBytes()).isGreaterThan(bound / 2)
                .isLessThanOrEqualTo(bound + ImportMemoryProbe.blockOvershootBytes(TRANSFERS_PER_BLOCK));
        assertThat(result.heldBytes()).isLessThanOrEqualTo(bound);
        // Commits every few dozen blocks all along the chain, not one at the end: the held state plateaus at the bound.
        assertThat(result.commitHeights()).hasSizeGreaterThan(10)
                .anySatisfy(height -> assertThat(height).isLessThan(BLOCKS / 4))
                .anySatisfy(height -> assertThat(height).isBetween((long) BLOCKS / 2, (long) BLOCKS - 1));
        assertThat(result.commitsOffRoot()).isEmpty();
        assertThat(result.collections()).isPositive();
        assertThat(result.heapAfterMaxMb()).isLessThanOrEqualTo(settings.heapMb());
    }
}
