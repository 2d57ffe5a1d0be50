package dev.ccoin.node.txpool;

/**
 * A placement rule's verdict inside the package, which {@link TxPool} turns into a refused {@link Admission}. Carries
 * no stack trace: it is an expected answer, not a bug.
 */
final class Refusal extends RuntimeException {
    private final PoolReason reason;

    Refusal(PoolReason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    PoolReason reason() {
        return reason;
    }
}
