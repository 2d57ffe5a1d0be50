package dev.ccoin.client.model;

import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.util.List;

/**
 * {@code GET /transactions/{hash}/proof}: the block with its txRoot, the transaction's index among the block's
 * {@code count}, its wire bytes, and the Merkle branch, leaf level first. Nothing here is proven until
 * {@code client.proof} checks it against a txRoot the caller trusts. Immutable.
 */
public record TransactionProofAnswer(TxBlock block, int index, int count, Bytes raw, List<Hash32> branch) {
    public TransactionProofAnswer {
        branch = List.copyOf(branch);
    }

    /** The block, with the root the branch claims to hash up to. */
    public record TxBlock(long height, Hash32 hash, Hash32 txRoot) {
    }
}
