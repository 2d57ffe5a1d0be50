package dev.ccoin.cli.client;

import com.fasterxml.jackson.databind.JsonNode;

/** A transaction view of the API ({@code GET /transactions/{hash}}) as people-readable lines. */
final class TransactionReport {
    private TransactionReport() {
    }

    static Report of(JsonNode tx) {
        return new Report()
                .add("hash", tx.path("hash").asText())
                .add("status", status(tx))
                .add("from", tx.path("from").asText())
                .add("to", tx.path("to").asText())
                .add("amount", tx.path("amount").asLong())
                .add("nonce", tx.path("nonce").asLong())
                .add("time", Display.time(tx.path("timestamp").asLong()))
                .add("data", Display.data(tx.path("data").asText()))
                .add("size", tx.path("size").asInt() + " bytes");
    }

    /** {@code included in block 12 <hash>, position 0}, {@code pending} or {@code queued (…)}. */
    static String status(JsonNode tx) {
        String status = tx.path("status").asText();
        return switch (status) {
            case "included" -> "included in block " + tx.path("blockHeight").asLong() + " "
                    + tx.path("blockHash").asText() + ", position " + tx.path("index").asInt();
            case "queued" -> "queued (waits for the sender's earlier nonces)";
            default -> status;
        };
    }
}
