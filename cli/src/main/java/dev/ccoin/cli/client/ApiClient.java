package dev.ccoin.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A client of one node's HTTP API ({@code <base>/api/v1}, protocol §10) over {@code java.net.http}. Answers are JSON
 * trees; every failure is an {@link ApiCallException} with a one-line message — an unreachable node names the URL
 * and how to point elsewhere, an API error keeps its code. Thread-safe.
 */
public final class ApiClient {
    public static final String DEFAULT_URL = "http://127.0.0.1:8000";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http;

    /** A client of the node at {@code base}, e.g. {@code http://127.0.0.1:8000}. */
    public ApiClient(URI base) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
    }

    public URI base() {
        return base;
    }

    /** {@code GET /api/v1 + path}. */
    public JsonNode get(String path) {
        return send(request(path).GET().build());
    }

    /** {@code POST /api/v1 + path} with {@code body} as JSON. */
    public JsonNode post(String path, Map<String, ?> body) {
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("a request body always serialises", e);
        }
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    /**
     * {@code GET /api/v1 + path} asking for {@code accept}, e.g. {@code application/msgpack}: the body's bytes as
     * they came. An error answer is an {@link ApiCallException} as for JSON.
     */
    public byte[] getBytes(String path, String accept) {
        HttpResponse<byte[]> response = exchange(request(path).header("Accept", accept).GET().build());
        if (response.statusCode() >= 400) {
            throw failure(response.statusCode(), parse(response.body()));
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request) {
        HttpResponse<byte[]> response = exchange(request);
        JsonNode body = parse(response.body());
        if (response.statusCode() >= 400) {
            throw failure(response.statusCode(), body);
        }
        if (body == null) {
            throw notTheApi(response.statusCode());
        }
        return body;
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw unreachable(e);
        } catch (HttpTimeoutException e) {
            throw new ApiCallException(0, "TIMEOUT", "the node API at " + base + " did not answer within "
                    + REQUEST_TIMEOUT.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new ApiCallException(0, "UNREACHABLE", "cannot talk to the node API at " + base + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiCallException(0, "INTERRUPTED", "interrupted while calling " + base, e);
        }
        return response;
    }

    private ApiCallException failure(int status, JsonNode body) {
        if (body != null && body.path("error").isTextual()) {
            String code = body.get("error").asText();
            return new ApiCallException(status, code, code + ": " + body.path("message").asText());
        }
        return notTheApi(status);
    }

    private ApiCallException unreachable(IOException e) {
        return new ApiCallException(0, "UNREACHABLE", "cannot reach the node API at " + base
                + " (is the node running? point elsewhere with --api URL or CCOIN_API)", e);
    }

    private ApiCallException notTheApi(int status) {
        return new ApiCallException(status, "NOT_THE_API", "the server at " + base + " answered HTTP " + status
                + " without the node API's JSON; is --api the node's API URL?");
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
