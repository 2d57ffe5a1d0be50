package dev.ccoin.node.api.transactions;

/** The answer to an accepted submission: the transaction id and {@code pending} or {@code queued}. */
public record Submitted(String hash, String status) {
}
