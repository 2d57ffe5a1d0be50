package dev.ccoin.node.network;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.chain.ChainView;
import dev.ccoin.node.chain.ImportResult;
import java.util.concurrent.CompletableFuture;

/**
 * What the synchroniser uses of the node: its chain to read, and the way a block goes in — handed to the chain
 * thread, the future completing with what the chain made of it. {@link dev.ccoin.node.Node} is the one a running
 * node has. Implementations are thread-safe.
 */
public interface BlockIntake {
    ChainView chain();

    CompletableFuture<ImportResult> submitBlock(Block block);
}
