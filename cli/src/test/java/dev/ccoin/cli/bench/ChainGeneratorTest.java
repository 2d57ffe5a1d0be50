package dev.ccoin.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.archive.ChainImporter;
import dev.ccoin.node.archive.Progress;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.chain.LocalChain;
import dev.ccoin.node.storage.Database;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void theGeneratedStreamImportsWhole() throws Exception {
        Path file = dir.resolve("chain.bin");

        ChainGenerator.Generated chain = new ChainGenerator(2).generate(12, 2, file);

        assertThat(chain.headHeight()).isEqualTo(12);
        assertThat(chain.bytes()).isEqualTo(Files.size(file));
        List<Block> blocks = read(file);
        assertThat(blocks).hasSize(13);
        assertThat(blocks.get(12).hash()).isEqualTo(chain.headHash());
        assertThat(blocks.subList(1, 13)).allSatisfy(block -> assertThat(block.transactions()).hasSize(2));
        Path dataDir = dir.resolve("data");
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, chain.params());
        }
        try (NodeScheduler threads = new NodeScheduler();
             LocalChain local = LocalChain.open(dataDir, Clock.systemUTC(), threads.verifierPool(2));
             InputStream in = Files.newInputStream(file)) {
            ChainImporter.Summary summary = new ChainImporter(local.blockchain(), local.preverifier(), System::nanoTime)
                    .importFrom(in, Files.size(file), Progress.NONE);
            assertThat(summary.newBlocks()).isEqualTo(12);
            assertThat(local.blockchain().head().hash()).isEqualTo(chain.headHash());
        }
    }

    @Test
    void emptyBlocksAreAllowedToo() throws Exception {
        ChainGenerator.Generated chain = new ChainGenerator(1).generate(3, 0, dir.resolve("empty.bin"));

        assertThat(read(dir.resolve("empty.bin"))).hasSize(4)
                .allSatisfy(block -> assertThat(block.transactions()).isEmpty());
        assertThat(chain.headHeight()).isEqualTo(3);
    }

    private static List<Block> read(Path file) throws IOException {
        List<Block> blocks = new ArrayList<>();
        try (CanonicalReader reader = CanonicalReader.of(Files.newInputStream(file))) {
            while (reader.hasNext()) {
                blocks.add(Block.read(reader));
            }
        }
        return blocks;
    }
}
