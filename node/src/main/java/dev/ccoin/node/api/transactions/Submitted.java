package dev.ccoin.node.api.transactions;

import dev.ccoin.node.txpool.Admission;

/** The answer to an accepted submission: the transaction id and {@code pending} or {@code queued}. */
public record Submitted(String hash, String status) {
    /** The answer for an admitted transaction. */
    public static Submitted of(Admission admitted) {
        if (!admitted.isAdmitted()) {
            throw new IllegalArgumentException("not admitted: " + admitted);
        }
        return new Submitted(admitted.hash().toHex(),
                admitted.status() == Admission.Status.QUEUED ? TransactionView.QUEUED : TransactionView.PENDING);
    }
}
