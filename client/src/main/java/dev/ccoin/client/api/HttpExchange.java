package dev.ccoin.client.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * One node's HTTP API on the JDK's {@link HttpClient}: builds requests under {@code <base>/api/v1}, sends them, and
 * turns every failure into an {@link ApiException} with its reason — the API's {@code {"error", "message"}}, or a
 * transport code naming the URL. Thread-safe.
 */
final class HttpExchange {
    static final String JSON = "application/json";
    static final String MSGPACK = "application/msgpack";

    private final URI base;
    private final HttpClient http;
    private final Duration requestTimeout;

    HttpExchange(URI base, HttpClient http, Duration requestTimeout) {
        this.base = base;
        this.http = http;
        this.requestTimeout = requestTimeout;
    }

    URI base() {
        return base;
    }

    HttpClient http() {
        return http;
    }

    /** A request for {@code path} under {@code /api/v1}, or at the root when it starts with {@code //}. */
    HttpRequest.Builder request(String path, String accept) {
        String full = path.startsWith("//") ? path.substring(1) : "/api/v1" + path;
        return HttpRequest.newBuilder(URI.create(base + full)).timeout(requestTimeout).header("Accept", accept);
    }

    /** The answer's bytes when it is a success; an error answer or no answer is an {@link ApiException}. */
    byte[] send(HttpRequest request) {
        HttpResponse<byte[]> response = exchange(request);
        if (response.statusCode() >= 400) {
            throw failure(response.statusCode(), response.body());
        }
        return response.body();
    }

    /** The API's JSON answer as a tree. */
    JsonNode sendJson(HttpRequest request) {
        byte[] body = send(request);
        JsonNode tree = parse(body);
        if (tree == null) {
            throw ApiException.transport(ApiError.NOT_THE_API, 200, "the server at " + base
                    + " answered without the node API's JSON; is " + base + " the node's API URL?", null);
        }
        return tree;
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw unreachable(e);
        } catch (HttpTimeoutException e) {
            throw ApiException.transport(ApiError.TIMEOUT, 0, "the node API at " + base + " did not answer within "
                    + requestTimeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw ApiException.transport(ApiError.UNREACHABLE, 0, "cannot talk to the node API at " + base + ": " + e,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.transport(ApiError.INTERRUPTED, 0, "interrupted while calling " + base, e);
        }
    }

    ApiException unreachable(IOException e) {
        return ApiException.transport(ApiError.UNREACHABLE, 0, "cannot reach the node API at " + base
                + " (is the node running?)", e);
    }

    ApiException failure(int status, byte[] body) {
        JsonNode tree = parse(body);
        if (tree != null && tree.path("error").isTextual()) {
            return ApiException.answered(status, tree.get("error").asText(), tree.path("message").asText());
        }
        return ApiException.transport(ApiError.NOT_THE_API, status, "the server at " + base + " answered HTTP "
                + status + " without the node API's JSON; is " + base + " the node's API URL?", null);
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? null : ApiJson.mapper().readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
