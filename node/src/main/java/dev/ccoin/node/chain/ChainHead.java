package dev.ccoin.node.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.consensus.ChainWeight;
import dev.ccoin.node.consensus.ParentContext;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored block as a head: the block, its total work, and the miners of the blocks up to it that the recency rule
 * looks at (newest last, at most the recency window). The best one is the chain's head, which readers on any thread
 * take from {@link ChainView#head()}; the parent of a block being imported is one too, so a block's context is
 * computed once and its own follows from its parent's ({@link #child}). Immutable.
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

    /** What fork choice compares. */
    public ChainWeight weight() {
        return new ChainWeight(totalWork, height(), hash());
    }

    /** What the parent rules know of this block when a child is checked against it. */
    public ParentContext asParent() {
        return new ParentContext(hash(), block.header(), recentMiners);
    }

    /**
     * The head {@code child} would be: this head's total work plus {@code work}, and the recent miners moved on by
     * the child's miner, keeping the last {@code recencyWindow}.
     */
    public ChainHead child(Block child, BigInteger work, int recencyWindow) {
        List<Address> miners = new ArrayList<>(recentMiners);
        miners.add(child.header().miner());
        return new ChainHead(child, totalWork.add(work),
                miners.subList(Math.max(0, miners.size() - recencyWindow), miners.size()));
    }
}
