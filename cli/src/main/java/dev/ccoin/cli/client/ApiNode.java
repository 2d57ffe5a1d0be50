package dev.ccoin.cli.client;

import dev.ccoin.client.api.ApiException;
import dev.ccoin.client.api.NodeClient;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.cli.light.NodeApi;
import java.util.Optional;
import java.util.Set;

/** One node's API as the light client asks it, over an {@link NodeClient}. Thread-safe as the client is. */
final class ApiNode implements NodeApi {
    private final NodeClient client;

    ApiNode(NodeClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return client.base().toString();
    }

    @Override
    public JsonNode get(String path) {
        return client.json(path);
    }

    @Override
    public Optional<JsonNode> find(String path, Set<String> notHere) {
        try {
            return Optional.of(client.json(path));
        } catch (ApiException e) {
            if (e.status() == 404 && notHere.contains(e.code())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public byte[] getBytes(String path, String accept) {
        return client.bytes(path, accept);
    }
}
