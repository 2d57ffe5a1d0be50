package dev.ccoin.node.api.proofs;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.merkle.TxBranch;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.Hex;
import java.util.List;

/**
 * The JSON of {@code GET /transactions/{hash}/proof} (protocol §10.1): the block with its txRoot, the transaction's
 * index among the block's count, its wire bytes in hex, and the branch, leaf level first, without the levels where
 * it is the odd last node. Immutable.
 */
public record TransactionProofView(TxBlock block, int index, int count, String raw, List<String> branch) {
    /** The block, with the root the branch hashes up to. */
    public record TxBlock(long height, String hash, String txRoot) {
    }

    static TransactionProofView of(Block block, Transaction tx, TxBranch branch) {
        return new TransactionProofView(
                new TxBlock(block.height(), block.hash().toHex(), block.header().txRoot().toHex()),
                branch.index(), branch.count(), Hex.encode(tx.encode()),
                branch.siblings().stream().map(Hash32::toHex).toList());
    }
}
