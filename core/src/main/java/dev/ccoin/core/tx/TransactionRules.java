package dev.ccoin.core.tx;

import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.crypto.DecodedKeys;
import dev.ccoin.core.crypto.KeyFormatException;
import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.state.StateOverlay;
import dev.ccoin.core.state.StateView;
import java.security.interfaces.RSAPublicKey;

/**
 * The validity rules of protocol §3, each a named method that throws {@link InvalidTransactionException} with its
 * {@link TxReason}. {@link #checkStateless} runs rules 1–3 cheapest first — the one-hash stamp check before the
 * RSA verification, so that unstamped spam costs the node a hash, not a signature check. {@link #apply} runs
 * rules 4–5 against a state and applies the transfer. Thread-safe: its only state is a cache of decoded sender keys.
 */
public final class TransactionRules {
    private final long networkId;
    private final int workBits;
    private final int maxDataBytes;
    private final DecodedKeys senderKeys = new DecodedKeys();

    public TransactionRules(ChainParams params) {
        this.networkId = params.networkId();
        this.workBits = params.transactions().workBits();
        this.maxDataBytes = params.transactions().maxDataBytes();
    }

    /** Rules 1–3: everything that does not depend on a state. */
    public void checkStateless(Transaction tx) {
        checkWellFormed(tx);
        checkStamp(tx);
        checkSignature(tx);
    }

    /** Rule 1: network, data size, non-zero amount. */
    public void checkWellFormed(Transaction tx) {
        if (tx.networkId() != networkId) {
            throw invalid(tx, TxReason.WRONG_NETWORK, "network " + tx.networkId() + ", this chain is " + networkId);
        }
        if (tx.data().length() > maxDataBytes) {
            throw invalid(tx, TxReason.DATA_TOO_LARGE, tx.data().length() + " bytes of data, at most " + maxDataBytes);
        }
        if (tx.amount() == 0) {
            throw invalid(tx, TxReason.ZERO_AMOUNT, "the amount must be above zero");
        }
    }

    /** Rule 3: the hashcash postage. */
    public void checkStamp(Transaction tx) {
        if (!Hashcash.meets(tx.hash(), tx.workNonce(), workBits)) {
            throw invalid(tx, TxReason.STAMP_TOO_WEAK, "the stamp does not reach " + workBits + " bits");
        }
    }

    /** Rule 2: the sender key and the signature. The expensive one. */
    public void checkSignature(Transaction tx) {
        RSAPublicKey key;
        try {
            key = senderKeys.publicKey(tx.senderKey());
        } catch (KeyFormatException e) {
            throw invalid(tx, TxReason.BAD_KEY, e.getMessage());
        }
        if (!Pss.verify(key, tx.hash(), tx.signature())) {
            throw invalid(tx, TxReason.BAD_SIGNATURE, "the signature does not verify against the sender key");
        }
    }

    /** Rules 4–5 against {@code state}, without changing anything. */
    public void checkAgainst(Transaction tx, StateView state) {
        Account sender = state.account(tx.sender());
        if (tx.nonce() < sender.nonce()) {
            throw invalid(tx, TxReason.NONCE_TOO_LOW, "nonce " + tx.nonce() + ", the account is at " + sender.nonce());
        }
        if (tx.nonce() > sender.nonce()) {
            throw invalid(tx, TxReason.NONCE_TOO_HIGH, "nonce " + tx.nonce() + ", the account is at " + sender.nonce());
        }
        if (sender.nonce() == Long.MAX_VALUE) {
            throw invalid(tx, TxReason.NONCE_OVERFLOW, "the account's nonce is at 2^63-1 and cannot advance");
        }
        if (sender.balance() < tx.amount()) {
            throw invalid(tx, TxReason.INSUFFICIENT_BALANCE,
                    "balance " + sender.balance() + " is below the amount " + tx.amount());
        }
        if (!tx.sender().equals(tx.to())) {
            Account recipient = state.account(tx.to());
            if (recipient.balance() > Long.MAX_VALUE - tx.amount()) {
                throw invalid(tx, TxReason.BALANCE_OVERFLOW, "the recipient's balance would pass 2^63-1");
            }
        }
    }

    /**
     * Rules 4–5, then the transfer: sender balance − amount, sender nonce + 1, recipient balance + amount (a
     * self-transfer only bumps the nonce).
     */
    public void apply(Transaction tx, StateOverlay state) {
        checkAgainst(tx, state);
        Account sender = state.account(tx.sender());
        if (tx.sender().equals(tx.to())) {
            state.put(tx.sender(), sender.nextNonce());
            return;
        }
        state.put(tx.sender(), sender.debit(tx.amount()).nextNonce());
        state.put(tx.to(), state.account(tx.to()).credit(tx.amount()));
    }

    private static InvalidTransactionException invalid(Transaction tx, TxReason reason, String message) {
        return new InvalidTransactionException(reason, tx.hash(), message);
    }
}
