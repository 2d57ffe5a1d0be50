package dev.ccoin.node.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.types.InvalidValueException;
import dev.ccoin.node.storage.StorageException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns failures into API responses: every error is {@code {"error": CODE, "message": "..."}}
 * JSON with a 4xx or 5xx status, never an HTML page. {@link ApiException} carries its own status and code; bad
 * values from core are 400; Javalin's own refusals (an unknown route, an oversize body) keep their status with a
 * code named after it; storage that cannot be read is 503; anything else is a bug, logged here and answered 500.
 * Jetty's errors before routing (a malformed request line, headers too large) come through {@link JsonErrorHandler}
 * to {@link #body}. Stateless and thread-safe.
 */
public final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    private static final ObjectMapper JSON = ApiJson.mapper();

    private ApiErrors() {
    }

    /** Installs the mapping on {@code app}. */
    public static void register(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> respond(ctx, e.status(), e.code(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) ->
                respond(ctx, e.getStatus(), codeFor(e.getStatus()), describe(e, ctx)));
        app.exception(InvalidValueException.class, (e, ctx) -> respond(ctx, 400, e.reason().name(), e.getMessage()));
        app.exception(DecodeException.class, (e, ctx) -> respond(ctx, 400, "UNDECODABLE", e.getMessage()));
        app.exception(JsonProcessingException.class, (e, ctx) ->
                respond(ctx, 400, "MALFORMED_JSON", "the body is not valid JSON: " + e.getOriginalMessage()));
        app.exception(StorageException.class, (e, ctx) -> {
            LOG.warn("API request {} {} failed in storage: {}", ctx.method(), ctx.path(), e.getMessage());
            respond(ctx, 503, "STORAGE_UNAVAILABLE", e.getMessage());
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("API request {} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "INTERNAL", "the node failed to answer: " + e);
        });
    }

    /** The code of an error known only by its HTTP status. */
    public static String codeFor(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 408 -> "REQUEST_TIMEOUT";
            case 413 -> "BODY_TOO_LARGE";
            case 414 -> "URI_TOO_LONG";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 429 -> "TOO_MANY_REQUESTS";
            case 431 -> "HEADERS_TOO_LARGE";
            case 500 -> "INTERNAL";
            case 503 -> "UNAVAILABLE";
            default -> "HTTP_" + status;
        };
    }

    /** The UTF-8 JSON bytes of an error body. */
    public static byte[] body(String code, String message) {
        try {
            return JSON.writeValueAsString(new ErrorBody(code, message)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error body always serialises", e);
        }
    }

    private static void respond(Context ctx, int status, String code, String message) {
        if (ctx.res().isCommitted()) {
            // A stream (server-sent events) already started: there is no status left to set.
            LOG.debug("API error {} after the response started: {}", code, message);
            return;
        }
        ctx.status(status).json(new ErrorBody(code, message));
    }

    private static String describe(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> "no such endpoint: " + ctx.method() + " " + ctx.path();
            case 413 -> "the body is larger than the API accepts (" + RequestBodies.MAX_BYTES + " bytes)";
            default -> e.getMessage();
        };
    }
}
