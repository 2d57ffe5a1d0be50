package dev.ccoin.client.proof;

import dev.ccoin.client.model.AccountProofAnswer;
import dev.ccoin.client.model.TransactionProofAnswer;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.merkle.AccountProof;
import dev.ccoin.core.merkle.InvalidProofException;
import dev.ccoin.core.merkle.StateNode;
import dev.ccoin.core.merkle.TxBranch;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.Optional;

/**
 * Checks the API's proofs against roots the caller trusts (protocol §10.1): an account proof must hash up to the
 * trusted state root through the address's own path, and state the account it proves; a transaction proof must carry
 * the transaction asked for, and its branch must hash up to the trusted txRoot. The roots the answers claim are
 * compared, never believed. Where the trusted root comes from — a verified header chain — is the caller's matter
 * ({@code ccoin balance --verify} follows one). Stateless.
 */
public final class ProofCheck {
    private ProofCheck() {
    }

    /** The account {@code answer} proves for {@code address} under {@code trustedStateRoot}. */
    public static Account account(AccountProofAnswer answer, Address address, Hash32 trustedStateRoot) {
        if (!answer.block().stateRoot().equals(trustedStateRoot)) {
            throw new ProofException(ProofFailure.ROOT_MISMATCH, "the answer claims state root "
                    + answer.block().stateRoot() + " for block " + answer.block().height() + ", not the trusted "
                    + trustedStateRoot);
        }
        Account proven;
        try {
            proven = proofOf(answer).verify(trustedStateRoot, address);
        } catch (InvalidProofException e) {
            throw new ProofException(switch (e.reason()) {
                case ROOT_MISMATCH -> ProofFailure.ROOT_MISMATCH;
                case PATH_MISMATCH -> ProofFailure.PATH_MISMATCH;
                case MALFORMED -> ProofFailure.MALFORMED;
            }, "the proof of " + address + " at block " + answer.block().height() + ": " + e.getMessage(), e);
        }
        if (!answer.address().equals(address) || answer.balance() != proven.balance()
                || answer.nonce() != proven.nonce()) {
            throw new ProofException(ProofFailure.ACCOUNT_MISMATCH, "the answer states " + answer.address()
                    + " balance " + answer.balance() + " nonce " + answer.nonce() + "; its proof proves balance "
                    + proven.balance() + " nonce " + proven.nonce() + " of " + address);
        }
        return proven;
    }

    /** The transaction {@code answer} proves to be {@code txHash}, included under {@code trustedTxRoot}. */
    public static Transaction transaction(TransactionProofAnswer answer, Hash32 txHash, Hash32 trustedTxRoot) {
        Transaction tx;
        try {
            tx = Transaction.decode(answer.raw().toArray());
        } catch (DecodeException | IllegalArgumentException e) {
            throw new ProofException(ProofFailure.MALFORMED, "raw is not a transaction's wire: " + e.getMessage(), e);
        }
        if (!tx.hash().equals(txHash)) {
            throw new ProofException(ProofFailure.TRANSACTION_MISMATCH, "the answer carries transaction " + tx.hash()
                    + ", not " + txHash);
        }
        if (!answer.block().txRoot().equals(trustedTxRoot)) {
            throw new ProofException(ProofFailure.ROOT_MISMATCH, "the answer claims txRoot " + answer.block().txRoot()
                    + " for block " + answer.block().height() + ", not the trusted " + trustedTxRoot);
        }
        TxBranch branch;
        try {
            branch = new TxBranch(answer.index(), answer.count(), answer.branch());
        } catch (IllegalArgumentException e) {
            throw new ProofException(ProofFailure.MALFORMED, "the branch does not fit its index and count: "
                    + e.getMessage(), e);
        }
        try {
            branch.verify(trustedTxRoot, txHash);
        } catch (InvalidProofException e) {
            throw new ProofException(ProofFailure.ROOT_MISMATCH, "the branch of " + txHash + ": " + e.getMessage(), e);
        }
        return tx;
    }

    private static AccountProof proofOf(AccountProofAnswer answer) {
        AccountProofAnswer.Leaf leaf = answer.proof().leaf();
        try {
            if (leaf == null) {
                return new AccountProof(answer.proof().siblings(), Optional.empty());
            }
            Account account = new Account(leaf.balance(), leaf.nonce());
            if (account.isEmpty()) {
                throw new ProofException(ProofFailure.MALFORMED, "the proof's leaf is an empty account, which the "
                        + "tree never holds");
            }
            return new AccountProof(answer.proof().siblings(),
                    Optional.of(new StateNode.Leaf(leaf.address(), account)));
        } catch (IllegalArgumentException e) {
            throw new ProofException(ProofFailure.MALFORMED, "the proof does not have a proof's shape: "
                    + e.getMessage(), e);
        }
    }
}
