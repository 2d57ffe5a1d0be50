package dev.ccoin.client.tx;

import dev.ccoin.core.tx.Transaction;
import java.util.Objects;
import java.util.Optional;

/**
 * A transaction the node was offered and what it said: admitted as {@code pending} or {@code queued}, or, in a
 * batch, refused with the reason code a single submission would have answered. (A single refused submission is an
 * {@link dev.ccoin.client.api.ApiException} instead.) Immutable.
 */
public record Sent(Transaction transaction, String status, String error, String message) {
    public Sent {
        Objects.requireNonNull(transaction, "transaction");
        if ((status == null) == (error == null)) {
            throw new IllegalArgumentException("a sent transaction has either a status or an error");
        }
    }

    static Sent admitted(Transaction transaction, String status) {
        return new Sent(transaction, status, null, null);
    }

    static Sent refused(Transaction transaction, String error, String message) {
        return new Sent(transaction, null, error, message);
    }

    public boolean isAdmitted() {
        return error == null;
    }

    /** The refusal's reason code; empty when admitted. */
    public Optional<String> refusal() {
        return Optional.ofNullable(error);
    }
}
