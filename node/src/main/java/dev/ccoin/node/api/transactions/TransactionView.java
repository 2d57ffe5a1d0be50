package dev.ccoin.node.api.transactions;

import dev.ccoin.core.tx.Transaction;
import dev.ccoin.node.chain.TxLocation;
import dev.ccoin.node.txpool.PoolEntry;

/**
 * A transaction as the API shows it: every wire field (hex for bytes and addresses), the sender's address, and
 * where it is — {@code included} with its block hash, height and index, or in the pool as {@code pending}
 * (executable now) or {@code queued} (waiting for an earlier nonce) with its arrival time. Fields that do not apply
 * are null. Immutable.
 */
public record TransactionView(
        String hash,
        String status,
        String blockHash,
        Long blockHeight,
        Integer index,
        Long arrivedAt,
        String from,
        String to,
        long amount,
        long nonce,
        long networkId,
        long timestamp,
        String data,
        long workNonce,
        String senderKey,
        String signature,
        int size) {

    public static final String INCLUDED = "included";
    public static final String PENDING = "pending";
    public static final String QUEUED = "queued";

    /** A transaction of the canonical chain, at {@code location}. */
    public static TransactionView included(Transaction tx, TxLocation location) {
        return of(tx, INCLUDED, location.blockHash().toHex(), location.height(), location.index(), null);
    }

    /** A pooled transaction; {@code executable} tells pending from queued. */
    public static TransactionView pooled(PoolEntry entry, boolean executable) {
        return of(entry.transaction(), executable ? PENDING : QUEUED, null, null, null, entry.arrivedAt());
    }

    private static TransactionView of(Transaction tx, String status, String blockHash, Long height, Integer index,
            Long arrivedAt) {
        return new TransactionView(tx.hash().toHex(), status, blockHash, height, index, arrivedAt,
                tx.sender().toHex(), tx.to().toHex(), tx.amount(), tx.nonce(), tx.networkId(), tx.timestamp(),
                tx.data().toHex(), tx.workNonce(), tx.senderKey().toHex(), tx.signature().toHex(), tx.encodedSize());
    }
}
