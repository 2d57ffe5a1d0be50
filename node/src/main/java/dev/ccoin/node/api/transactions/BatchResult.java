package dev.ccoin.node.api.transactions;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ccoin.node.txpool.Admission;

/**
 * One transaction's outcome in a {@code POST /transactions/batch} answer: admitted, {@code {hash, status}} with
 * {@code pending} or {@code queued}; refused, {@code {hash, error, message}} with the code a single submission would
 * have answered. Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchResult(String hash, String status, String error, String message) {
    public static BatchResult of(Admission admission) {
        if (!admission.isAdmitted()) {
            return new BatchResult(admission.hash().toHex(), null, admission.code(), admission.message());
        }
        Submitted submitted = Submitted.of(admission);
        return new BatchResult(submitted.hash(), submitted.status(), null, null);
    }
}
