package dev.ccoin.cli.light;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;

/**
 * What the light client needs of one node's HTTP API ({@code /api/v1}): JSON and byte answers, and JSON answers
 * that may be "not here". The command line's API client provides it; failures to reach the node or error answers
 * are the provider's exceptions, with one-line messages. Implementations are used on one thread.
 */
public interface NodeApi {
    /** The node's URL, to name it in messages. */
    String name();

    /** {@code GET /api/v1 + path} as JSON. */
    JsonNode get(String path);

    /** {@code GET /api/v1 + path} as JSON, or empty when the node answers 404 with one of {@code notHere}. */
    Optional<JsonNode> find(String path, Set<String> notHere);

    /** {@code GET /api/v1 + path} asking for {@code accept}: the body's bytes as they came. */
    byte[] getBytes(String path, String accept);
}
