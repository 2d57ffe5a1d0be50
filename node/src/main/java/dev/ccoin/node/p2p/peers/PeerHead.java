package dev.ccoin.node.p2p.peers;

import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.consensus.ChainWeight;
import java.math.BigInteger;

/**
 * A peer's head as it last told us (its {@code HEY}, {@code BLH}) or showed us (a block it sent). Its
 * {@link #weight} is what fork choice orders, as it orders our own head. Immutable.
 */
public record PeerHead(long height, Hash32 hash, BigInteger totalWork) {
    public ChainWeight weight() {
        return new ChainWeight(totalWork, height, hash);
    }
}
