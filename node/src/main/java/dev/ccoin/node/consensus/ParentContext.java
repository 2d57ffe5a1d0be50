package dev.ccoin.node.consensus;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.BlockHeader;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.List;
import java.util.Objects;

/**
 * What the parent-dependent rules know of a block's parent: its header and hash, and the miners of the blocks up
 * to and including it (newest last, at least {@link Schedule#recencyWindow()} of them unless the chain is shorter),
 * which the recency rule reads. Immutable.
 */
public record ParentContext(Hash32 hash, BlockHeader header, List<Address> recentMiners) {
    public ParentContext {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(header, "header");
        recentMiners = List.copyOf(recentMiners);
    }

    public static ParentContext of(Block parent, List<Address> recentMiners) {
        return new ParentContext(parent.hash(), parent.header(), recentMiners);
    }

    public long height() {
        return header.height();
    }

    public Hash32 stateRoot() {
        return header.stateRoot();
    }
}
