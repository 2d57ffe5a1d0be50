package dev.ccoin.core.merkle;

/** An {@link AccountProof} that fails verification; carries the reason. */
public final class InvalidProofException extends RuntimeException {
    private final ProofError reason;

    public InvalidProofException(ProofError reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public ProofError reason() {
        return reason;
    }
}
