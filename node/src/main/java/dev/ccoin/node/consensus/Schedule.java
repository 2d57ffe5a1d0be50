package dev.ccoin.node.consensus;

import dev.ccoin.core.block.BlockHeader;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.types.Address;
import java.math.BigInteger;
import java.util.List;

/**
 * The authority schedule of protocol §4: authorities sorted by address, block {@code h} in turn for
 * {@code authorities[h mod N]}; the recency rule (a miner seals none of the {@code floor(N/2)} blocks before its
 * own); and the weight of a block, {@code 2^difficulty × (inTurn ? 2 : 1)}. Immutable.
 */
public final class Schedule {
    private final ChainParams params;

    public Schedule(ChainParams params) {
        this.params = params;
    }

    public Address inTurn(long height) {
        return params.inTurnAuthority(height);
    }

    public boolean isInTurn(BlockHeader header) {
        return header.height() > 0 && inTurn(header.height()).equals(header.miner());
    }

    /** How many blocks before its own an authority must not have sealed: {@code floor(N/2)}. */
    public int recencyWindow() {
        return params.authorities().size() / 2;
    }

    /**
     * Whether {@code miner} may seal the block after the blocks whose miners are {@code recentMiners} (newest
     * last, at least {@link #recencyWindow()} of them unless the chain is shorter).
     */
    public boolean maySeal(Address miner, List<Address> recentMiners) {
        int window = recencyWindow();
        List<Address> tail = recentMiners.subList(Math.max(0, recentMiners.size() - window), recentMiners.size());
        return !tail.contains(miner);
    }

    /** The work a block adds to its branch; genesis weighs {@code 2^difficulty}. */
    public BigInteger work(BlockHeader header) {
        BigInteger base = BigInteger.ONE.shiftLeft(header.difficulty());
        return isInTurn(header) ? base.shiftLeft(1) : base;
    }
}
