package dev.ccoin.client.proof;

import java.util.Objects;

/** A node's proof that does not verify against the caller's trusted root, with the reason. Immutable. */
public final class ProofException extends RuntimeException {
    private final ProofFailure reason;

    public ProofException(ProofFailure reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ProofException(ProofFailure reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ProofFailure reason() {
        return reason;
    }
}
