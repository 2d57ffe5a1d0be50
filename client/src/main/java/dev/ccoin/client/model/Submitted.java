package dev.ccoin.client.model;

import dev.ccoin.core.types.Hash32;

/** The answer to an admitted {@code POST /transactions}: the transaction id and {@code pending} or {@code queued}. */
public record Submitted(Hash32 hash, String status) {
}
