package dev.ccoin.node.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.math.BigInteger;
import java.util.List;

/**
 * An immutable snapshot of the best block: the block, its total work, and the miners of the blocks up to it that
 * the recency rule looks at (newest last). Readers on any thread take the current one from {@link ChainView#head()}.
 */
public record ChainHead(Block block, BigInteger totalWork, List<Address> recentMiners) {
    public ChainHead {
        recentMiners = List.copyOf(recentMiners);
    }

    public Hash32 hash() {
        return block.hash();
    }

    public long height() {
        return block.height();
    }

    public Hash32 stateRoot() {
        return block.header().stateRoot();
    }
}
