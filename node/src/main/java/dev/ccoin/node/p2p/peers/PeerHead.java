package dev.ccoin.node.p2p.peers;

import dev.ccoin.core.types.Hash32;
import java.math.BigInteger;

/** A peer's head as it last told us (its {@code HEY}, {@code BLH}) or showed us (a block it sent). Immutable. */
public record PeerHead(long height, Hash32 hash, BigInteger totalWork) {
}
