package dev.ccoin.discovery.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.testing.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.discovery.peers.Authenticator;
import dev.ccoin.discovery.peers.Registry;
import dev.ccoin.discovery.testing.DeregistrationBody;
import dev.ccoin.discovery.testing.DiscoveryHttp;
import dev.ccoin.discovery.testing.DiscoveryHttp.Answer;
import dev.ccoin.discovery.testing.RegistrationBody;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTTP contract of protocol §9, against a real server on 127.0.0.1, port 0, with a clock the test moves. */
class DiscoveryServerTest {
    private static final long NOW = 1_700_000_000_000L;
    private static final String NETWORK = "?network_id=1&genesis_hash=" + RegistrationBody.GENESIS.toHex();

    private final MutableClock clock = new MutableClock(NOW);
    private final KeyPair key = TestKeys.get(0);
    private DiscoveryServer server;
    private DiscoveryHttp http;

    @BeforeEach
    void start() {
        startWithCapacity(100);
    }

    private void startWithCapacity(int capacity) {
        if (server != null) {
            server.close();
        }
        server = DiscoveryServer.start("127.0.0.1", 0, new Registry(clock, capacity), new Authenticator(clock));
        http = new DiscoveryHttp(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Answer register(RegistrationBody body) {
        return http.post("/peers", body.build());
    }

    private JsonNode peers() {
        Answer answer = http.get("/peers" + NETWORK);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().get("peers");
    }

    private static void assertError(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.error()).as(answer.body()).isEqualTo(code);
        assertThat(answer.json().get("message").asText()).isNotBlank();
    }

    // ---- GET /health

    @Test
    void healthSaysOkWithTheNumberOfRegistrations() {
        register(new RegistrationBody(NOW));

        Answer answer = http.get("/health");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("status").asText()).isEqualTo("ok");
        assertThat(answer.json().get("registrations").asInt()).isEqualTo(1);
        assertThat(answer.json().get("capacity").asInt()).isEqualTo(100);
    }

    @Test
    void serverListensOnLoopbackAtTheGivenHost() {
        assertThat(server.url()).isEqualTo(URI.create("http://127.0.0.1:" + server.port()));
        assertThat(server.port()).isPositive();
    }

    // ---- POST /peers

    @Test
    void signedRegistrationIsCreatedAndThenListed() {
        Answer answer = register(new RegistrationBody(NOW).port(30311));

        assertThat(answer.status()).isEqualTo(201);
        String node = RsaKeys.address(key.getPublic()).toHex();
        assertThat(answer.json().get("node_id").asText()).isEqualTo(node);
        assertThat(answer.json().get("expires_at").asLong()).isEqualTo(NOW + 60_000);
        JsonNode peer = peers().get(0);
        assertThat(peer.get("node_id").asText()).isEqualTo(node);
        assertThat(peer.get("host").asText()).isEqualTo("127.0.0.1");
        assertThat(peer.get("port").asInt()).isEqualTo(30311);
        assertThat(peer.get("timestamp").asLong()).isEqualTo(NOW);
        assertThat(peer.get("expires_at").asLong()).isEqualTo(NOW + 60_000);
    }

    @Test
    void reRegistrationRefreshesTheLifetime() {
        register(new RegistrationBody(NOW));
        clock.advance(Duration.ofSeconds(20));

        Answer answer = register(new RegistrationBody(NOW + 20_000));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("expires_at").asLong()).isEqualTo(NOW + 80_000);
        clock.advance(Duration.ofSeconds(50));
        assertThat(peers()).hasSize(1);
    }

    @Test
    void registrationIsGoneSixtySecondsAfterItsLastRefresh() {
        register(new RegistrationBody(NOW));
        clock.advance(Duration.ofMillis(59_999));
        assertThat(peers()).hasSize(1);

        clock.advance(Duration.ofMillis(1));

        assertThat(peers()).isEmpty();
        assertThat(http.get("/health").json().get("registrations").asInt()).isZero();
    }

    @Test
    void registrationAcceptsAnIpv6HostAndADnsName() {
        assertThat(register(new RegistrationBody(NOW).host("::1")).status()).isEqualTo(201);
        assertThat(register(new RegistrationBody(NOW + 1).host("node-1.example.org")).status()).isEqualTo(200);
        assertThat(peers().get(0).get("host").asText()).isEqualTo("node-1.example.org");
    }

    static Stream<Arguments> badRegistrations() {
        return Stream.of(
                bad("no signature", body -> without(body, "signature"), 400, "UNSIGNED"),
                bad("an empty signature", body -> body.put("signature", "").toString(), 400, "UNSIGNED"),
                bad("a stale timestamp", body -> new RegistrationBody(NOW - 61_000).build(), 400, "STALE_TIMESTAMP"),
                bad("a future timestamp", body -> new RegistrationBody(NOW + 61_000).build(), 400, "STALE_TIMESTAMP"),
                bad("a signature by another key", body -> new RegistrationBody(NOW).signer(TestKeys.get(1)).build(),
                        403, "BAD_SIGNATURE"),
                bad("a signed field changed", body -> body.put("port", 30304).toString(), 403, "BAD_SIGNATURE"),
                bad("a node id of another key", body -> new RegistrationBody(NOW)
                        .nodeId(RsaKeys.address(TestKeys.get(1).getPublic())).build(), 403, "NODE_ID_MISMATCH"),
                bad("a key that is not RSA DER", body -> body.put("public_key",
                        Base64.getEncoder().encodeToString(new byte[] {1, 2, 3})).toString(), 400, "BAD_PUBLIC_KEY"),
                bad("malformed JSON", body -> "{\"node_id\": ", 400, "MALFORMED_JSON"),
                bad("an empty body", body -> "", 400, "MALFORMED_JSON"),
                bad("a JSON array", body -> "[" + body + "]", 400, "MALFORMED_JSON"),
                bad("trailing text", body -> body + " {}", 400, "MALFORMED_JSON"),
                bad("a duplicate field", body -> body.toString().replaceFirst("\\{", "{\"port\": 1, "),
                        400, "MALFORMED_JSON"),
                bad("an unknown field", body -> body.put("nickname", "x").toString(), 400, "UNKNOWN_FIELD"),
                bad("a missing host", body -> without(body, "host"), 400, "MISSING_FIELD"),
                bad("a null network id", body -> body.putNull("network_id").toString(), 400, "MISSING_FIELD"),
                bad("a wildcard host", body -> body.put("host", "0.0.0.0").toString(), 400, "BAD_HOST"),
                bad("a host with a space", body -> body.put("host", "a b").toString(), 400, "BAD_HOST"),
                bad("a numeric host", body -> body.put("host", 7).toString(), 400, "BAD_FIELD"),
                bad("port 0", body -> body.put("port", 0).toString(), 400, "BAD_PORT"),
                bad("port 65536", body -> body.put("port", 65536).toString(), 400, "BAD_PORT"),
                bad("a port as text", body -> body.put("port", "30303").toString(), 400, "BAD_PORT"),
                bad("a fractional port", body -> body.put("port", 30303.5).toString(), 400, "BAD_PORT"),
                bad("a negative network id", body -> body.put("network_id", -1).toString(), 400, "BAD_FIELD"),
                bad("a network id past 2^63", body -> body.toString().replace("\"network_id\":1",
                        "\"network_id\":18446744073709551615"), 400, "BAD_FIELD"),
                bad("a network id as text", body -> body.put("network_id", "1").toString(), 400, "BAD_FIELD"),
                bad("a short genesis hash", body -> body.put("genesis_hash", "abcd").toString(), 400, "BAD_FIELD"),
                bad("a node id that is not hex", body -> body.put("node_id", "zz".repeat(20)).toString(),
                        400, "BAD_FIELD"),
                bad("a key that is not base64", body -> body.put("public_key", "***").toString(), 400, "BAD_FIELD"),
                bad("a signature that is not base64", body -> body.put("signature", "!").toString(),
                        400, "BAD_FIELD"),
                bad("a fractional timestamp", body -> body.put("timestamp", 1.5).toString(), 400, "BAD_FIELD"));
    }

    private static Arguments bad(String what, Function<ObjectNode, String> body, int status, String code) {
        return Arguments.of(what, body, status, code);
    }

    private static String without(ObjectNode body, String field) {
        body.remove(field);
        return body.toString();
    }

    @ParameterizedTest(name = "registration with {0} is refused with {3}")
    @MethodSource("badRegistrations")
    void badRegistrationIsRefusedWithAReasonAndChangesNothing(String what, Function<ObjectNode, String> mutation,
            int status, String code) {
        Answer answer = http.post("/peers", mutation.apply(new RegistrationBody(NOW).json()));

        assertError(answer, status, code);
        assertThat(peers()).isEmpty();
        assertThat(http.get("/health").json().get("registrations").asInt()).isZero();
    }

    @Test
    void replayedRegistrationIsRefusedAsNotNewer() {
        String body = new RegistrationBody(NOW).build();
        http.post("/peers", body);

        assertError(http.post("/peers", body), 409, "TIMESTAMP_NOT_NEWER");
    }

    @Test
    void bodyOverSixteenKibibytesIsRefusedWithoutBeingRead() {
        String body = "{\"host\": \"" + "a".repeat(16 * 1024) + "\"}";

        assertError(http.post("/peers", body), 413, "BODY_TOO_LARGE");
        assertThat(peers()).isEmpty();
    }

    @Test
    void chunkedBodyOverTheCapIsRefusedToo() throws Exception {
        byte[] body = ("{\"host\": \"" + "a".repeat(20 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "/peers"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("BODY_TOO_LARGE");
    }

    @Test
    void fullRegistryRefusesANewNodeWithRetryAfter() {
        startWithCapacity(1);
        register(new RegistrationBody(NOW));

        Answer answer = register(new RegistrationBody(NOW).key(TestKeys.get(1)));

        assertError(answer, 503, "REGISTRY_FULL");
        assertThat(peers()).hasSize(1);
    }

    // ---- GET /peers

    @Test
    void listingShowsOnlyTheRequestedNetwork() {
        register(new RegistrationBody(NOW));
        register(new RegistrationBody(NOW).key(TestKeys.get(1)).network(2, RegistrationBody.GENESIS));
        register(new RegistrationBody(NOW).key(TestKeys.get(2)).network(1, Hash32.ZERO));

        assertThat(peers()).hasSize(1);
        assertThat(peers().get(0).get("node_id").asText()).isEqualTo(RsaKeys.address(key.getPublic()).toHex());
    }

    @Test
    void listingReturnsAtMostLimitNewestFirst() {
        for (int i = 0; i < 3; i++) {
            register(new RegistrationBody(NOW + i).key(TestKeys.get(i)));
            clock.advance(Duration.ofMillis(10));
        }

        JsonNode page = http.get("/peers" + NETWORK + "&limit=2").json().get("peers");

        assertThat(page).hasSize(2);
        assertThat(page.get(0).get("node_id").asText()).isEqualTo(RsaKeys.address(TestKeys.get(2).getPublic()).toHex());
        assertThat(http.get("/peers" + NETWORK + "&limit=100").json().get("peers")).hasSize(3);
    }

    @Test
    void listingWithoutBothFiltersIsRefused() {
        assertError(http.get("/peers"), 400, "MISSING_FILTER");
        assertError(http.get("/peers?network_id=1"), 400, "MISSING_FILTER");
        assertError(http.get("/peers?genesis_hash=" + Hash32.ZERO.toHex()), 400, "MISSING_FILTER");
    }

    @Test
    void listingWithFiltersThatDoNotParseIsRefused() {
        assertError(http.get("/peers?network_id=x&genesis_hash=" + Hash32.ZERO.toHex()), 400, "BAD_FILTER");
        assertError(http.get("/peers?network_id=-1&genesis_hash=" + Hash32.ZERO.toHex()), 400, "BAD_FILTER");
        assertError(http.get("/peers?network_id=1&genesis_hash=abc"), 400, "BAD_FILTER");
    }

    @Test
    void badPagingIsRefused() {
        for (String limit : new String[] {"0", "101", "-5", "ten", "1.5", ""}) {
            assertError(http.get("/peers" + NETWORK + "&limit=" + limit), 400, "BAD_PAGING");
        }
    }

    // ---- DELETE /peers/{node_id}

    private String nodePath(KeyPair pair) {
        return "/peers/" + RsaKeys.address(pair.getPublic()).toHex();
    }

    @Test
    void signedDeregistrationRemovesTheNode() {
        register(new RegistrationBody(NOW));
        clock.advance(Duration.ofSeconds(1));

        Answer answer = http.delete(nodePath(key), DeregistrationBody.signed(key, NOW + 1000));

        assertThat(answer.status()).isEqualTo(204);
        assertThat(peers()).isEmpty();
    }

    @Test
    void deregistrationSignedByAnotherKeyIsRefusedAndTheNodeStays() {
        register(new RegistrationBody(NOW));

        assertError(http.delete(nodePath(key), DeregistrationBody.signedBy(key, TestKeys.get(1), NOW + 1)),
                403, "BAD_SIGNATURE");
        assertThat(peers()).hasSize(1);
    }

    @Test
    void staleDeregistrationIsRefused() {
        register(new RegistrationBody(NOW));

        assertError(http.delete(nodePath(key), DeregistrationBody.signed(key, NOW - 61_000)), 400, "STALE_TIMESTAMP");
        assertThat(peers()).hasSize(1);
    }

    @Test
    void deregistrationOlderThanTheRegistrationIsRefusedAsAReplay() {
        register(new RegistrationBody(NOW));

        assertError(http.delete(nodePath(key), DeregistrationBody.signed(key, NOW - 1)), 409, "TIMESTAMP_NOT_NEWER");
        assertThat(peers()).hasSize(1);
    }

    @Test
    void deregistrationOfAnUnregisteredNodeIsNotFound() {
        assertError(http.delete(nodePath(key), DeregistrationBody.signed(key, NOW)), 404, "UNKNOWN_NODE");
    }

    @Test
    void deregistrationWithABadNodeIdOrBodyIsRefused() {
        register(new RegistrationBody(NOW));

        assertError(http.delete("/peers/not-hex", DeregistrationBody.signed(key, NOW + 1)), 400, "BAD_FIELD");
        assertError(http.delete(nodePath(key), "{\"timestamp\": " + (NOW + 1) + "}"), 400, "UNSIGNED");
        assertError(http.delete(nodePath(key), "{\"timestamp\": 1, \"signature\": \"AA==\", \"x\": 1}"),
                400, "UNKNOWN_FIELD");
        assertError(http.delete(nodePath(key), "{\"signature\": \"AA==\"}"), 400, "MISSING_FIELD");
        assertError(http.delete(nodePath(key), "nope"), 400, "MALFORMED_JSON");
        assertThat(peers()).hasSize(1);
    }

    // ---- anything else

    @Test
    void unknownPathIsAJsonNotFound() {
        assertError(http.get("/nodes"), 404, "NOT_FOUND");
    }

    @Test
    void unsupportedMethodIsAJsonMethodNotAllowed() {
        assertError(http.send("PUT", "/peers", "{}"), 405, "METHOD_NOT_ALLOWED");
    }

    static Stream<Arguments> brokenHttp() {
        String end = "Host: x\r\nConnection: close\r\n\r\n";
        return Stream.of(
                Arguments.of("GARBAGE\r\n\r\n", 400, "BAD_REQUEST"),
                Arguments.of("GET /peers/%zz HTTP/1.1\r\n" + end, 400, "BAD_REQUEST"),
                Arguments.of("POST /peers HTTP/1.1\r\nContent-Length: abc\r\n" + end, 400, "BAD_REQUEST"),
                Arguments.of("GET /health HTTP/1.1\r\nX-Big: " + "a".repeat(20_000) + "\r\n" + end,
                        431, "HEADERS_TOO_LARGE"));
    }

    @ParameterizedTest
    @MethodSource("brokenHttp")
    void requestJettyRefusesBeforeRoutingStillGetsAJsonError(String request, int status, String code)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);

            assertThat(answer).startsWith("HTTP/1.1 " + status).contains("Content-Type: application/json")
                    .contains("{\"error\":\"" + code + "\",\"message\":").doesNotContain("<h1>");
        }
    }
}
