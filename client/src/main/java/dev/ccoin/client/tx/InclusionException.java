package dev.ccoin.client.tx;

import dev.ccoin.core.types.Hash32;
import java.util.Objects;

/** Waiting for a transaction's inclusion ended without it, with the reason and the transaction. Immutable. */
public final class InclusionException extends RuntimeException {
    private final InclusionFailure reason;
    private final Hash32 transaction;

    public InclusionException(InclusionFailure reason, Hash32 transaction, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.transaction = Objects.requireNonNull(transaction, "transaction");
    }

    public InclusionFailure reason() {
        return reason;
    }

    public Hash32 transaction() {
        return transaction;
    }
}
