package dev.ccoin.cli.light;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.merkle.InvalidProofException;
import dev.ccoin.core.merkle.TxBranch;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.Hex;
import dev.ccoin.core.types.InvalidValueException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a node's answer to {@code GET /transactions/{hash}/proof} against the verified chain: the raw transaction
 * is the one asked for, its block is on the chain at the height stated, and its branch hashes up to that header's
 * {@code txRoot}. Stateless.
 */
final class TransactionCheck {
    /** A transaction proven in a block of the chain. */
    record Included(Transaction transaction, SealedHeader block, TxBranch branch) {
    }

    private TransactionCheck() {
    }

    /** The height of the block the answer names, to know whether the chain must be followed further first. */
    static long height(JsonNode json, String source) {
        return new Answer(json, source).object("block").number("height");
    }

    static Included verify(JsonNode json, String source, Hash32 txHash, HeaderChain chain) {
        Answer answer = new Answer(json, source);
        Transaction tx;
        try {
            tx = Transaction.decode(Hex.decode(answer.text("raw")));
        } catch (DecodeException | InvalidValueException e) {
            throw answer.malformed("raw", "is not a transaction's wire: " + e.getMessage());
        }
        if (!tx.hash().equals(txHash)) {
            throw new RefusedException(LightRefusal.TRANSACTION_MISMATCH, source + " answered with transaction "
                    + tx.hash() + " when asked for " + txHash);
        }
        Answer about = answer.object("block");
        long height = about.number("height");
        Hash32 hash = about.hash("hash");
        if (!chain.holds(height, hash)) {
            throw new RefusedException(LightRefusal.NOT_CANONICAL, source + " places " + txHash + " in block " + height
                    + " " + hash + ", which is not on the heaviest valid chain (head " + chain.height() + ")");
        }
        SealedHeader block = chain.at(height);
        Hash32 claimedRoot = about.hash("txRoot");
        if (!claimedRoot.equals(block.header().txRoot())) {
            throw new RefusedException(LightRefusal.PROOF_ROOT_MISMATCH, source + " claims txRoot " + claimedRoot
                    + " for block " + height + ", whose header has " + block.header().txRoot());
        }
        JsonNode branchNode = answer.node("branch");
        if (!branchNode.isArray()) {
            throw answer.malformed("branch", "is not a list of hashes");
        }
        List<Hash32> siblings = new ArrayList<>();
        branchNode.forEach(node -> siblings.add(answer.hash(node, "branch")));
        TxBranch branch;
        try {
            branch = new TxBranch(answer.index("index"), answer.index("count"), siblings);
        } catch (IllegalArgumentException e) {
            throw answer.malformed("branch", "does not fit its index and count: " + e.getMessage());
        }
        try {
            branch.verify(block.header().txRoot(), txHash);
        } catch (InvalidProofException e) {
            throw new RefusedException(LightRefusal.PROOF_ROOT_MISMATCH, "the branch of " + source + ": " + e.getMessage());
        }
        return new Included(tx, block, branch);
    }
}
