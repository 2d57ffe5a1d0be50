package dev.ccoin.node.api.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error pages as API errors: what Jetty refuses before a request reaches Javalin (a malformed request
 * line, a bad URI encoding, headers too large) gets the same {@code {"error","message"}} JSON as everything else,
 * through {@link ApiErrors#body}. Stateless and thread-safe.
 */
public final class JsonErrorHandler extends ErrorHandler {
    private static final String JSON = "application/json";

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, JSON));
        return ByteBuffer.wrap(ApiErrors.body(ApiErrors.codeFor(status), message(status, reason)));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType(JSON);
        response.getOutputStream().write(ApiErrors.body(ApiErrors.codeFor(code), message(code, message)));
    }

    private static String message(int status, String reason) {
        return reason == null || reason.isBlank() ? "HTTP " + status : reason;
    }
}
