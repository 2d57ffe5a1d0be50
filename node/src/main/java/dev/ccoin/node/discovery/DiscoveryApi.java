package dev.ccoin.node.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccoin.core.discovery.Deregistration;
import dev.ccoin.core.discovery.Registration;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.InvalidValueException;
import dev.ccoin.node.config.ConfigException;
import dev.ccoin.node.config.HostPort;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The discovery service's HTTP API as the node calls it, over {@link HttpClient}: register, list a network's peers,
 * deregister. Every failure is a {@link DiscoveryCallException} saying whether the service was unreachable,
 * answered nonsense or refused. Answers are read up to {@value #MAX_ANSWER_BYTES} bytes, so a misbehaving service
 * cannot make the node buffer without bound. Thread-safe.
 */
final class DiscoveryApi {
    static final int MAX_ANSWER_BYTES = 256 * 1024;
    /** The most peers one listing returns (spec: the service caps {@code limit} at 100). */
    static final int PEER_LIMIT = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A peer listed by the service. */
    record ListedPeer(Address nodeId, HostPort endpoint) {
    }

    private final String base;
    private final HttpClient http;
    private final Duration timeout;

    DiscoveryApi(URI service, Duration timeout) {
        String scheme = service.getScheme() == null ? "" : service.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || service.getHost() == null) {
            throw new IllegalArgumentException("the discovery URL must be http(s)://host:port, not " + service);
        }
        String text = service.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    String base() {
        return base;
    }

    void register(Registration registration, Bytes publicKey, Bytes signature) {
        ObjectNode body = JSON.createObjectNode();
        body.put("node_id", registration.nodeId().toHex());
        body.put("host", registration.host());
        body.put("port", registration.port());
        body.put("network_id", registration.networkId());
        body.put("genesis_hash", registration.genesisHash().toHex());
        body.put("timestamp", registration.timestamp());
        body.put("public_key", Base64.getEncoder().encodeToString(publicKey.toArray()));
        body.put("signature", Base64.getEncoder().encodeToString(signature.toArray()));
        call(request("/peers").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    List<ListedPeer> peers(long networkId, Hash32 genesisHash) {
        JsonNode answer = call(request("/peers?network_id=" + networkId + "&genesis_hash=" + genesisHash.toHex()
                + "&limit=" + PEER_LIMIT).GET());
        JsonNode peers = answer.path("peers");
        if (!peers.isArray()) {
            throw new DiscoveryCallException(DiscoveryCallException.Failure.BAD_ANSWER,
                    "the peer list has no \"peers\" array");
        }
        List<ListedPeer> listed = new ArrayList<>();
        for (JsonNode peer : peers) {
            try {
                listed.add(new ListedPeer(Address.parse(peer.path("node_id").asText()),
                        new HostPort(peer.path("host").asText(), peer.path("port").asInt())));
            } catch (InvalidValueException | ConfigException e) {
                // One unusable entry does not spoil the others; the service validates what it stores anyway.
            }
        }
        return listed;
    }

    void deregister(Deregistration deregistration, Bytes signature) {
        ObjectNode body = JSON.createObjectNode();
        body.put("timestamp", deregistration.timestamp());
        body.put("signature", Base64.getEncoder().encodeToString(signature.toArray()));
        call(request("/peers/" + deregistration.nodeId().toHex()).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(timeout)
                .header("Accept", "application/json");
    }

    /** Sends a request; returns the JSON answer of a 2xx (an empty object for 204), or throws. */
    private JsonNode call(HttpRequest.Builder request) {
        HttpResponse<InputStream> response;
        byte[] body;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_ANSWER_BYTES + 1);
            }
        } catch (IOException e) {
            throw new DiscoveryCallException(DiscoveryCallException.Failure.UNREACHABLE, null,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscoveryCallException(DiscoveryCallException.Failure.UNREACHABLE, null, "interrupted", e);
        }
        if (body.length > MAX_ANSWER_BYTES) {
            throw new DiscoveryCallException(DiscoveryCallException.Failure.BAD_ANSWER,
                    "answer larger than " + MAX_ANSWER_BYTES + " bytes");
        }
        int status = response.statusCode();
        JsonNode json = parse(body, status);
        if (status >= 200 && status < 300) {
            return json;
        }
        JsonNode code = json.path("error");
        if (code.isTextual() && !code.textValue().isEmpty()) {
            String message = json.path("message").asText("");
            throw new DiscoveryCallException(DiscoveryCallException.Failure.REFUSED, code.textValue(),
                    code.textValue() + " (HTTP " + status + ")" + (message.isEmpty() ? "" : ": " + message), null);
        }
        if (status >= 500) {
            throw new DiscoveryCallException(DiscoveryCallException.Failure.UNREACHABLE, "HTTP " + status);
        }
        // A 4xx without the protocol's error code: the URL points at something else than a discovery service.
        throw new DiscoveryCallException(DiscoveryCallException.Failure.BAD_ANSWER,
                "HTTP " + status + " without a discovery error code; is the URL a discovery service?");
    }

    private static JsonNode parse(byte[] body, int status) {
        if (body.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            if (status >= 500) {
                return JSON.createObjectNode();
            }
            throw new DiscoveryCallException(DiscoveryCallException.Failure.BAD_ANSWER, null,
                    "HTTP " + status + " with a body that is not JSON", e);
        }
    }
}
