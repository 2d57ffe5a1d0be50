package dev.ccoin.node.chain;

import dev.ccoin.core.block.Block;
import java.util.List;

/**
 * What a head switch did: the blocks that left the canonical chain ({@code removed}, newest first) and the ones
 * that joined it ({@code added}, oldest first). A plain extension has no removed blocks; a reorg has some.
 */
public record HeadChange(ChainHead previous, ChainHead current, List<Block> removed, List<Block> added) {
    public HeadChange {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    public boolean isReorg() {
        return !removed.isEmpty();
    }
}
