package dev.ccoin.client.model;

import dev.ccoin.core.types.Hash32;
import java.util.Optional;

/**
 * One transaction's outcome in a {@code POST /transactions/batch} answer: admitted with {@code status}
 * {@code pending} or {@code queued}, or refused with the {@code error} code (and {@code message}) a single
 * submission would have answered. Immutable.
 */
public record BatchResult(Hash32 hash, String status, String error, String message) {
    public boolean isAdmitted() {
        return error == null;
    }

    /** The refusal's reason code, empty when admitted. */
    public Optional<String> refusal() {
        return Optional.ofNullable(error);
    }
}
