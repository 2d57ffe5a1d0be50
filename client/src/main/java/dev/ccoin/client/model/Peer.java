package dev.ccoin.client.model;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.math.BigInteger;

/**
 * One connected peer in {@code GET /peers}: its node id and address, who dialled ({@code inbound} or
 * {@code outbound}), where it was learnt ({@code lan}, {@code discovery}, {@code bootnode}, {@code exchange},
 * {@code inbound}), the head it last reported, since when it is connected (ms) and its agent. Immutable.
 */
public record Peer(Address nodeId, String host, int port, String direction, String source, long headHeight,
                   Hash32 headHash, BigInteger totalWork, long since, String agent) {
}
