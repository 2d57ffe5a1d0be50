package dev.ccoin.core.tx;

import dev.ccoin.core.types.Hash32;

/** A transaction that breaks a rule of protocol §3. */
public final class InvalidTransactionException extends RuntimeException {
    private final TxReason reason;
    private final Hash32 hash;

    public InvalidTransactionException(TxReason reason, Hash32 hash, String message) {
        super(reason + ": " + message);
        this.reason = reason;
        this.hash = hash;
    }

    public TxReason reason() {
        return reason;
    }

    public Hash32 hash() {
        return hash;
    }
}
