package dev.ccoin.client.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

/**
 * Opens {@code GET /api/v1/events} of a {@link NodeClient}'s node as a byte stream, for
 * {@code dev.ccoin.client.events}: an answer that is not {@code 200} (e.g. {@code 429 TOO_MANY_SUBSCRIBERS}) or no
 * answer is an {@link ApiException} with its reason, as for every other call. Stateless and thread-safe.
 */
public final class EventStreamRequest {
    private EventStreamRequest() {
    }

    /** The open stream of Server-Sent Events; the caller reads and closes it. */
    public static InputStream open(NodeClient client) {
        HttpExchange exchange = client.exchange();
        // No request timeout: the stream stays open for as long as the node serves it.
        HttpRequest request = HttpRequest.newBuilder(java.net.URI.create(exchange.base() + "/api/v1/events"))
                .header("Accept", "text/event-stream")
                .header("Cache-Control", "no-cache")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = exchange.http().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw exchange.unreachable(e);
        } catch (HttpTimeoutException e) {
            throw ApiException.transport(ApiError.TIMEOUT, 0, "the node API at " + exchange.base()
                    + " did not open its event stream in time", e);
        } catch (IOException e) {
            throw ApiException.transport(ApiError.UNREACHABLE, 0, "cannot open the event stream of "
                    + exchange.base() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.transport(ApiError.INTERRUPTED, 0, "interrupted while opening the event stream", e);
        }
        if (response.statusCode() != 200) {
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(64 * 1024);
            } catch (IOException e) {
                body = new byte[0];
            }
            throw exchange.failure(response.statusCode(), body);
        }
        return response.body();
    }
}
