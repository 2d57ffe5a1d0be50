package dev.ccoin.node;

/** A node that cannot start as configured, for a reason the operator can act on. */
public final class NodeStartException extends RuntimeException {
    /** Why. */
    public enum Reason {
        /** {@code --type validator} with an account that is not an authority of the chain. */
        NOT_AN_AUTHORITY,
        /** {@code --type validator} without a key to seal with. */
        NO_VALIDATOR_KEY
    }

    private final Reason reason;

    public NodeStartException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
