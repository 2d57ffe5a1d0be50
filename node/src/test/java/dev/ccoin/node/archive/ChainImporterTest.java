package dev.ccoin.node.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.merkle.InMemoryNodeStore;
import dev.ccoin.core.testing.BlockBuilder;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.chain.LocalChain;
import dev.ccoin.node.storage.Database;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer with blocks checked ahead on two verifier threads: whatever the read-ahead has started, blocks are
 * imported in order, and a bad or unreadable block stops the import exactly where a one-by-one import would.
 */
class ChainImporterTest {
    private static final int BLOCKS = 20;
    private static final int TXS_PER_BLOCK = 6;

    private final ChainParams params = TestChain.params(1);
    private final NodeScheduler threads = new NodeScheduler();
    private final Clock clock = Clock.fixed(Instant.ofEpochMilli(params.genesis().timestamp() + 1_000_000_000L),
            ZoneOffset.UTC);

    @TempDir
    Path dir;

    @AfterEach
    void stopThreads() {
        threads.close();
    }

    @Test
    void importsAFullChainInOrderWithSignaturesCheckedAhead() {
        List<Block> blocks = chain(UnaryOperator.identity(), -1);

        try (LocalChain local = open("a")) {
            ChainImporter.Summary summary = importer(local).importFrom(stream(blocks), -1, Progress.NONE);

            assertThat(summary.blocks()).isEqualTo(BLOCKS + 1);
            assertThat(summary.newBlocks()).isEqualTo(BLOCKS);
            assertThat(local.blockchain().head().hash()).isEqualTo(blocks.get(BLOCKS).hash());
            assertThat(local.blockchain().head().stateRoot()).isEqualTo(blocks.get(BLOCKS).header().stateRoot());
        }
    }

    @Test
    void aBadSignatureStopsTheImportAtItsBlockAndKeepsEverythingBefore() {
        List<Block> blocks = chain(ChainImporterTest::withBrokenSignature, 9);

        try (LocalChain local = open("a")) {
            assertThatThrownBy(() -> importer(local).importFrom(stream(blocks), -1, Progress.NONE))
                    .isInstanceOfSatisfying(ImportFailedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(ImportError.INVALID_BLOCK);
                        assertThat(e.getMessage()).contains("height 9", "BAD_SIGNATURE");
                    });
            assertThat(local.blockchain().head().hash()).isEqualTo(blocks.get(8).hash());
        }
    }

    @Test
    void anUnreadableBlockIsReportedAfterEveryBlockBeforeItIsImported() {
        List<Block> blocks = chain(UnaryOperator.identity(), -1);
        byte[] whole = stream(blocks).readAllBytes();
        int cut = 0;
        for (int i = 0; i <= 12; i++) {
            cut += blocks.get(i).encode().length;
        }
        byte[] truncated = Arrays.copyOf(whole, cut + 40); // block 13 starts, then the input ends

        try (LocalChain local = open("a")) {
            assertThatThrownBy(() -> importer(local).importFrom(new ByteArrayInputStream(truncated), -1,
                    Progress.NONE)).isInstanceOfSatisfying(ImportFailedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(ImportError.MALFORMED);
                        assertThat(e.getMessage()).contains("block 13");
                    });
            assertThat(local.blockchain().head().hash()).isEqualTo(blocks.get(12).hash());
        }
    }

    private LocalChain open(String name) {
        Path dataDir = dir.resolve(name);
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, params);
        }
        return LocalChain.open(dataDir, clock, threads.verifierPool(2));
    }

    private static ChainImporter importer(LocalChain local) {
        return new ChainImporter(local.blockchain(), local.preverifier(), System::nanoTime);
    }

    /**
     * Genesis and {@value #BLOCKS} blocks of transfers; at height {@code alteredHeight} the last transaction goes
     * through {@code alter} after the block's roots were computed from the genuine one.
     */
    private List<Block> chain(UnaryOperator<Transaction> alter, int alteredHeight) {
        InMemoryNodeStore state = new InMemoryNodeStore();
        List<Block> blocks = new ArrayList<>(List.of(BlockBuilder.genesis(params, state)));
        KeyPair sender = TestChain.funded(0);
        long nonce = 0;
        for (int height = 1; height <= BLOCKS; height++) {
            Block parent = blocks.get(height - 1);
            List<Transaction> txs = new ArrayList<>();
            for (int i = 0; i < TXS_PER_BLOCK; i++) {
                txs.add(new TxBuilder(params).sender(sender).nonce(nonce++)
                        .to(TestChain.address(TestChain.funded(1))).amount(1).build());
            }
            Block block = BlockBuilder.on(params, parent, state).timestamp(parent.header().timestamp() + 1000)
                    .transactions(txs).build();
            if (height == alteredHeight) {
                List<Transaction> altered = new ArrayList<>(txs);
                altered.set(txs.size() - 1, alter.apply(txs.get(txs.size() - 1)));
                block = new Block(block.header(), block.minerKey(), block.signature(), block.nonce(), altered);
            }
            blocks.add(block);
        }
        return blocks;
    }

    private static Transaction withBrokenSignature(Transaction tx) {
        byte[] signature = tx.signature().toArray();
        signature[signature.length / 2] ^= 1;
        return new Transaction(tx.body(), tx.workNonce(), Bytes.of(signature));
    }

    private static ByteArrayInputStream stream(List<Block> blocks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        blocks.forEach(block -> out.writeBytes(block.encode()));
        return new ByteArrayInputStream(out.toByteArray());
    }
}
