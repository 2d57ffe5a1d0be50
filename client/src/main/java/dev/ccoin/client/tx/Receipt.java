package dev.ccoin.client.tx;

import dev.ccoin.client.model.TransactionInfo;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.Objects;

/**
 * Proof of nothing but the node's word that a canonical block includes a transaction: the transaction id, the
 * block's hash and height, the transaction's index in it, and the transfer (sender, recipient, amount, nonce). For a
 * proof against a trusted root, see {@code dev.ccoin.client.proof}. Immutable.
 */
public record Receipt(Hash32 transaction, Hash32 blockHash, long blockHeight, int index, Address from, Address to,
                      long amount, long nonce) {
    public Receipt {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(blockHash, "blockHash");
    }

    /** The receipt of an {@code included} transaction view. */
    public static Receipt of(TransactionInfo included) {
        if (!included.isIncluded()) {
            throw new IllegalArgumentException("transaction " + included.hash() + " is " + included.status()
                    + ", not included");
        }
        return new Receipt(included.hash(), included.blockHash(), included.blockHeight(), included.index(),
                included.from(), included.to(), included.amount(), included.nonce());
    }
}
