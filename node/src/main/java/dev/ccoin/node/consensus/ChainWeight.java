package dev.ccoin.node.consensus;

import dev.ccoin.core.types.Hash32;
import java.math.BigInteger;
import java.util.Objects;

/**
 * What fork choice knows of a candidate head: its total work from genesis, its height and its hash — all a peer
 * reports of its head, too. Immutable.
 */
public record ChainWeight(BigInteger totalWork, long height, Hash32 hash) {
    public ChainWeight {
        Objects.requireNonNull(totalWork, "totalWork");
        Objects.requireNonNull(hash, "hash");
        if (totalWork.signum() < 0 || height < 0) {
            throw new IllegalArgumentException("total work and height are unsigned: " + totalWork + ", " + height);
        }
    }
}
