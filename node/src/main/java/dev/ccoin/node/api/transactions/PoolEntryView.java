package dev.ccoin.node.api.transactions;

import dev.ccoin.node.txpool.PoolEntry;

/** A pool entry in the {@code /txpool} listing: the transaction's id, parties, amount, nonce and arrival (ms). */
public record PoolEntryView(String hash, String from, String to, long amount, long nonce, long arrivedAt) {
    public static PoolEntryView of(PoolEntry entry) {
        return new PoolEntryView(entry.hash().toHex(), entry.sender().toHex(), entry.transaction().to().toHex(),
                entry.transaction().amount(), entry.nonce(), entry.arrivedAt());
    }
}
