package dev.ccoin.client.model;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;

/**
 * A transaction as {@code GET /transactions/{hash}} and the {@code tx} event show it: every wire field, the sender's
 * address, its encoded size, and where it is — {@code included} with block hash, height and index, or in the pool as
 * {@code pending} (executable now) or {@code queued} (waiting for an earlier nonce) with its arrival time (ms).
 * Fields that do not apply are null. Immutable.
 */
public record TransactionInfo(
        Hash32 hash,
        String status,
        Hash32 blockHash,
        Long blockHeight,
        Integer index,
        Long arrivedAt,
        Address from,
        Address to,
        long amount,
        long nonce,
        long networkId,
        long timestamp,
        Bytes data,
        long workNonce,
        Bytes senderKey,
        Bytes signature,
        int size) {

    public static final String INCLUDED = "included";
    public static final String PENDING = "pending";
    public static final String QUEUED = "queued";

    /** True once a canonical block includes the transaction. */
    public boolean isIncluded() {
        return INCLUDED.equals(status);
    }
}
