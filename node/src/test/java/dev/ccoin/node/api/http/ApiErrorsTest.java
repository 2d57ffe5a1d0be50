package dev.ccoin.node.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.node.api.TestApi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a request can fail ends in {@code {"error","message"}} JSON with a 4xx status, never HTML. */
class ApiErrorsTest {
    @TempDir
    static Path dataDir;

    private static TestApi api;

    @BeforeAll
    static void startNode() {
        api = TestApi.start(dataDir);
        api.stopMining();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static void assertJsonError(TestApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.error()).isEqualTo(code);
        assertThat(response.json().get("message").asText()).isNotBlank();
    }

    @Test
    void unknownEndpointIsAJsonNotFound() {
        assertJsonError(api.get("/no-such-thing"), 404, "NOT_FOUND");
    }

    @Test
    void pathOutsideTheApiIsAJsonNotFound() {
        assertJsonError(api.send(HttpRequest.newBuilder(api.uri("/no-such-page")).GET().build()), 404, "NOT_FOUND");
    }

    @Test
    void unsupportedMethodIsAJsonNotFound() {
        assertJsonError(api.send(HttpRequest.newBuilder(api.uri("/api/v1/status")).DELETE().build()), 404,
                "NOT_FOUND");
    }

    @Test
    void bodyOverOneMebibyteIsTooLarge() {
        byte[] body = new byte[RequestBodies.MAX_BYTES + 1];
        Arrays.fill(body, (byte) ' ');

        TestApi.Response response = api.send(HttpRequest.newBuilder(api.uri("/api/v1/transactions"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertJsonError(response, 413, "BODY_TOO_LARGE");
    }

    @Test
    void streamedBodyOverOneMebibyteIsTooLarge() {
        byte[] body = new byte[2 * RequestBodies.MAX_BYTES];
        Arrays.fill(body, (byte) ' ');

        TestApi.Response response = api.send(HttpRequest.newBuilder(api.uri("/api/v1/transactions"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());

        assertJsonError(response, 413, "BODY_TOO_LARGE");
    }

    @Test
    void bodyOfExactlyOneMebibyteIsRead() {
        byte[] body = new byte[RequestBodies.MAX_BYTES];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';

        TestApi.Response response = api.send(HttpRequest.newBuilder(api.uri("/api/v1/transactions"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertJsonError(response, 400, "MISSING_FIELD");
    }

    @Test
    void malformedRequestLineIsAJsonBadRequest() throws IOException {
        JsonNode body = rawRequest("GET /api/v1/blocks/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400);

        assertThat(body.get("error").asText()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void oversizeHeadersAreAJsonError() throws IOException {
        JsonNode body = rawRequest("GET /api/v1/status HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n", 431);

        assertThat(body.get("error").asText()).isEqualTo("HEADERS_TOO_LARGE");
    }

    /** Sends bytes no HTTP client library would, and reads the JSON error Jetty answers with. */
    private static JsonNode rawRequest(String request, int status) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", api.server().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 " + status);
            assertThat(response.toLowerCase()).contains("content-type: application/json");
            return new ObjectMapper().readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
        }
    }
}
