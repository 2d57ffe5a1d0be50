package dev.ccoin.client.proof;

import dev.ccoin.client.api.BlockId;
import dev.ccoin.client.api.NodeClient;
import dev.ccoin.client.model.AccountProofAnswer;
import dev.ccoin.client.model.TransactionProofAnswer;
import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;

/**
 * Reads from a node that are believed only as far as they are proven against a header the caller trusts: an
 * account's balance and nonce at that block (its {@code stateRoot}), and a transaction's inclusion in that block (its
 * {@code txRoot}). The node's answers go through {@link ProofCheck}; the trust in the header is the caller's —
 * typically the head of a header chain verified from genesis, as {@code ccoin ... --verify} keeps one. Thread-safe
 * as the client is.
 */
public final class VerifiedReads {
    private final NodeClient client;

    public VerifiedReads(NodeClient client) {
        this.client = client;
    }

    /** The account of {@code address} at {@code trusted}, proven against its state root. */
    public Account account(Address address, SealedHeader trusted) {
        AccountProofAnswer answer = client.accountProof(address, BlockId.hash(trusted.hash()));
        if (!answer.block().hash().equals(trusted.hash()) || answer.block().height() != trusted.height()) {
            throw new ProofException(ProofFailure.WRONG_BLOCK, client.base() + " answered for block "
                    + answer.block().height() + " " + answer.block().hash() + " when asked for " + trusted.height()
                    + " " + trusted.hash());
        }
        return ProofCheck.account(answer, address, trusted.header().stateRoot());
    }

    /** The transaction {@code hash}, proven to be in {@code trusted} through its txRoot. */
    public Transaction transaction(Hash32 hash, SealedHeader trusted) {
        TransactionProofAnswer answer = client.transactionProof(hash);
        if (!answer.block().hash().equals(trusted.hash()) || answer.block().height() != trusted.height()) {
            throw new ProofException(ProofFailure.WRONG_BLOCK, client.base() + " places " + hash + " in block "
                    + answer.block().height() + " " + answer.block().hash() + ", not in the trusted "
                    + trusted.height() + " " + trusted.hash());
        }
        return ProofCheck.transaction(answer, hash, trusted.header().txRoot());
    }
}
