package dev.ccoin.discovery.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.discovery.peers.Refusal;
import dev.ccoin.discovery.peers.RefusedException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place exceptions become HTTP responses: {@code {"error": CODE, "message": "..."}} with a 4xx status for
 * anything the client sent (never an HTML page, never a 500 for bad input), and 500 {@code INTERNAL}, logged, only
 * for faults of the service itself. Requests Jetty refuses before Javalin sees them get the same JSON through
 * {@link JsonErrorHandler}. Stateless.
 */
final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorMapper() {
    }

    static void install(Javalin app) {
        app.exception(BadRequestException.class, (e, ctx) -> respond(ctx, status(e.reason()), e.reason().name(),
                e.getMessage()));
        app.exception(RefusedException.class, (e, ctx) -> {
            if (e.reason() == Refusal.REGISTRY_FULL) {
                ctx.header("Retry-After", "60");
            }
            respond(ctx, status(e.reason()), e.reason().name(), e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            RequestError reason = forStatus(e.getStatus());
            String message = reason == RequestError.NOT_FOUND ? "no such endpoint: " + ctx.method() + " " + ctx.path()
                    : reason == RequestError.METHOD_NOT_ALLOWED ? ctx.method() + " is not allowed on " + ctx.path()
                    : e.getMessage();
            respond(ctx, status(reason), reason.name(), message);
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, HttpStatus.INTERNAL_SERVER_ERROR, RequestError.INTERNAL.name(),
                    "the discovery service failed to handle this request");
        });
    }

    /** The JSON body of an error Jetty answers itself, before Javalin sees the request. */
    static byte[] jettyError(int status, String reason) {
        RequestError code = forStatus(status);
        try {
            return JSON.writeValueAsBytes(new Views.Error(code.name(),
                    reason == null || reason.isBlank() ? HttpStatus.forStatus(status).getMessage() : reason));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error body always serialises", e);
        }
    }

    private static RequestError forStatus(int status) {
        return switch (status) {
            case 404 -> RequestError.NOT_FOUND;
            case 405 -> RequestError.METHOD_NOT_ALLOWED;
            case 413 -> RequestError.BODY_TOO_LARGE;
            case 414 -> RequestError.URI_TOO_LONG;
            case 431 -> RequestError.HEADERS_TOO_LARGE;
            default -> status < 500 ? RequestError.BAD_REQUEST : RequestError.INTERNAL;
        };
    }

    static HttpStatus status(RequestError reason) {
        return switch (reason) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> HttpStatus.METHOD_NOT_ALLOWED;
            case BODY_TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case URI_TOO_LONG -> HttpStatus.URI_TOO_LONG;
            case HEADERS_TOO_LARGE -> HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
            case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
            default -> HttpStatus.BAD_REQUEST;
        };
    }

    static HttpStatus status(Refusal reason) {
        return switch (reason) {
            case STALE_TIMESTAMP, BAD_PUBLIC_KEY -> HttpStatus.BAD_REQUEST;
            case NODE_ID_MISMATCH, BAD_SIGNATURE -> HttpStatus.FORBIDDEN;
            case TIMESTAMP_NOT_NEWER -> HttpStatus.CONFLICT;
            case UNKNOWN_NODE -> HttpStatus.NOT_FOUND;
            case REGISTRY_FULL -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    private static void respond(Context ctx, HttpStatus status, String code, String message) {
        ctx.status(status).json(new Views.Error(code, message));
    }
}
