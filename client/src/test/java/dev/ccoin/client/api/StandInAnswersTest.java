package dev.ccoin.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a stand-in server, for the answers a real node gives rarely or never. */
class StandInAnswersTest {
    private HttpServer server;

    @BeforeEach
    void startStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/error", exchange -> reply(exchange, 409, "application/json",
                "{\"error\":\"NONCE_TAKEN\",\"message\":\"the pool has nonce 3 of this sender\"}"));
        server.createContext("/api/v1/html", exchange -> reply(exchange, 502, "text/html", "<h1>Bad gateway</h1>"));
        server.createContext("/api/v1/ok", exchange -> reply(exchange, 200, "application/json", "{\"a\": 1}"));
        server.start();
    }

    @AfterEach
    void stopStandIn() {
        server.stop(0);
    }

    private NodeClient client() {
        return NodeClient.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"));
    }

    @Test
    void answerIsAJsonTree() {
        assertThat(client().json("/ok").get("a").asInt()).isEqualTo(1);
    }

    @Test
    void apiErrorKeepsItsStatusAndCode() {
        assertThatThrownBy(() -> client().json("/error"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("NONCE_TAKEN");
                    assertThat(e.error()).isEqualTo(ApiError.NONCE_TAKEN);
                    assertThat(e.getMessage()).isEqualTo("NONCE_TAKEN: the pool has nonce 3 of this sender");
                });
    }

    @Test
    void serverThatIsNotTheApiIsSaidPlainly() {
        assertThatThrownBy(() -> client().json("/html"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("NOT_THE_API");
                    assertThat(e.getMessage()).contains("HTTP 502");
                    assertThat(e.error()).isEqualTo(ApiError.NOT_THE_API);
                });
    }

    @Test
    void nodeThatIsDownIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        NodeClient client = NodeClient.of(URI.create("http://127.0.0.1:" + closedPort));

        assertThatThrownBy(() -> client.json("/status"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("UNREACHABLE");
                    assertThat(e.status()).isZero();
                    assertThat(e.getMessage()).contains("http://127.0.0.1:" + closedPort).doesNotContain("\n");
                });
    }

    private static void reply(HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
