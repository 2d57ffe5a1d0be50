package dev.ccoin.node.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.merkle.InMemoryNodeStore;
import dev.ccoin.core.testing.BlockBuilder;
import dev.ccoin.node.chain.ImportResult;
import dev.ccoin.node.chain.ImportStatus;
import dev.ccoin.node.network.BlockIntake;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * Chains of valid empty blocks made with {@link BlockBuilder} — in turn, a second apart from genesis — and handed
 * to a node directly, so a test can give one node a long chain in seconds. Keeps the state nodes of every block it
 * built, so side branches can grow from any of them. Test-only; not thread-safe.
 */
public final class ChainFactory {
    private final ChainParams params;
    private final InMemoryNodeStore store = new InMemoryNodeStore();
    private final Block genesis;

    public ChainFactory(ChainParams params) {
        this.params = params;
        this.genesis = BlockBuilder.genesis(params, store);
    }

    public Block genesis() {
        return genesis;
    }

    /** {@code count} blocks on genesis. */
    public List<Block> blocks(int count) {
        return extend(genesis, count, UnaryOperator.identity());
    }

    /** {@code count} blocks on {@code parent}, each builder adjusted by {@code adjust} (a timestamp, a signer). */
    public List<Block> extend(Block parent, int count, UnaryOperator<BlockBuilder> adjust) {
        List<Block> blocks = new ArrayList<>(count);
        Block tip = parent;
        for (int i = 0; i < count; i++) {
            tip = adjust.apply(BlockBuilder.on(params, tip, store)).build();
            blocks.add(tip);
        }
        return blocks;
    }

    /** Imports {@code blocks} into {@code node} in order and checks that each extended or joined its chain. */
    public static void importAll(BlockIntake node, List<Block> blocks) {
        List<CompletableFuture<ImportResult>> results = new ArrayList<>(blocks.size());
        blocks.forEach(block -> results.add(node.submitBlock(block)));
        for (CompletableFuture<ImportResult> result : results) {
            assertThat(result.join().status()).isIn(ImportStatus.NEW_HEAD, ImportStatus.SIDE_BRANCH);
        }
    }
}
