package dev.ccoin.node.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.state.StateView;
import dev.ccoin.core.types.Hash32;
import java.util.Optional;

/** Read access to a chain, safe from any thread: the head is an immutable snapshot, blocks never change. */
public interface ChainView {
    ChainParams params();

    ChainHead head();

    Optional<Block> block(Hash32 hash);

    /** The canonical block at {@code height}. */
    Optional<Block> blockAt(long height);

    /** The accounts at a kept block's state root. */
    StateView stateAt(Hash32 stateRoot);

    /** The accounts at the head. */
    default StateView headState() {
        return stateAt(head().stateRoot());
    }
}
