package dev.ccoin.client.model;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;

/** A pool entry in {@code GET /txpool}: the transaction's id, parties, amount, nonce and arrival (ms). Immutable. */
public record PoolEntry(Hash32 hash, Address from, Address to, long amount, long nonce, long arrivedAt) {
}
