package dev.ccoin.node.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Request bodies read with a bound: at most {@link #MAX_BYTES} (1 MiB, protocol §10), whether the client declares a
 * {@code Content-Length} or streams chunks, so no request makes the node buffer more. A larger body is refused with
 * 413 {@code BODY_TOO_LARGE} after draining a bounded amount of it, so the client gets to read the answer. Stateless
 * and thread-safe.
 */
public final class RequestBodies {
    public static final int MAX_BYTES = 1 << 20;
    /** How much of an oversize body is read and dropped before answering; beyond this the connection just closes. */
    private static final long DRAIN_BYTES = 16L << 20;
    private static final ObjectMapper JSON = ApiJson.mapper();

    private RequestBodies() {
    }

    /** The body as a JSON object; 400 {@code MALFORMED_JSON} if it is empty, not JSON, or not an object. */
    public static JsonNode jsonObject(Context ctx) {
        byte[] body = read(ctx);
        JsonNode node;
        try {
            node = body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("MALFORMED_JSON", "the body is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("MALFORMED_JSON", "the body must be a JSON object");
        }
        return node;
    }

    /** The raw body, refused with 413 past {@link #MAX_BYTES}. */
    public static byte[] read(Context ctx) {
        try {
            InputStream in = ctx.req().getInputStream();
            if (ctx.req().getContentLengthLong() > MAX_BYTES) {
                throw tooLarge(in);
            }
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw tooLarge(in);
            }
            return body;
        } catch (IOException e) {
            throw ApiException.badRequest("BAD_REQUEST", "cannot read the request body: " + e.getMessage());
        }
    }

    private static ApiException tooLarge(InputStream in) throws IOException {
        drain(in);
        return new ApiException(413, "BODY_TOO_LARGE", "the body is larger than " + MAX_BYTES + " bytes");
    }

    private static void drain(InputStream in) throws IOException {
        long left = DRAIN_BYTES;
        byte[] buffer = new byte[64 * 1024];
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= n;
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
