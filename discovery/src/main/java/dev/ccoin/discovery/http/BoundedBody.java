package dev.ccoin.discovery.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a request body of at most {@link #MAX_BYTES}. Checks the declared length first and then counts what
 * arrives, so a chunked body without a length cannot make the service buffer more than the cap either.
 */
final class BoundedBody {
    static final int MAX_BYTES = 16 * 1024;

    private BoundedBody() {
    }

    static byte[] read(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    private static BadRequestException tooLarge() {
        return new BadRequestException(RequestError.BODY_TOO_LARGE,
                "request bodies are at most " + MAX_BYTES + " bytes");
    }
}
