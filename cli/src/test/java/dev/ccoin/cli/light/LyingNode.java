package dev.ccoin.cli.light;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.UnaryOperator;

/**
 * A test HTTP server on 127.0.0.1 in front of a real node: every request goes to the node (after {@link #asking}
 * rewrote it), and every successful answer comes back through a {@link Lie} that may alter it. Test-only.
 */
final class LyingNode implements AutoCloseable {
    /** What the liar does to an honest answer to {@code path} (with its query). */
    @FunctionalInterface
    interface Lie {
        byte[] alter(String path, byte[] honest);
    }

    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private LyingNode(String target, UnaryOperator<String> asking, Lie lie) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> forward(exchange, target, asking, lie));
        server.start();
    }

    /** Alters answers of {@code target} with {@code lie}. */
    static LyingNode over(String target, Lie lie) {
        return new LyingNode(target, UnaryOperator.identity(), lie);
    }

    /** Rewrites each request path (with its query) before asking {@code target}, and passes answers on. */
    static LyingNode asking(String target, UnaryOperator<String> asking) {
        return new LyingNode(target, asking, (path, honest) -> honest);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void forward(HttpExchange exchange, String target, UnaryOperator<String> asking, Lie lie)
            throws IOException {
        try (exchange) {
            String path = asking.apply(exchange.getRequestURI().toString());
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + path)).GET();
            String accept = exchange.getRequestHeaders().getFirst("Accept");
            if (accept != null) {
                request.header("Accept", accept);
            }
            HttpResponse<byte[]> honest = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = honest.statusCode() == 200 ? lie.alter(path, honest.body()) : honest.body();
            honest.headers().firstValue("Content-Type")
                    .ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
            exchange.sendResponseHeaders(honest.statusCode(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
