package dev.ccoin.node.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.UnsignedTransaction;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.Hex;
import dev.ccoin.node.api.ApiServer;
import dev.ccoin.node.api.TestApi;
import dev.ccoin.node.api.events.EventStream;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/openapi.yaml}, as the node serves it at {@code /api/v1/openapi.json}, against a real node: every
 * route the server has is documented and every documented operation is served; every documented answer — each
 * success and each error code — is driven by one call below, whose live request and answer are validated against
 * the document. A route added to the server, or an answer added to the document, fails here until both agree and a
 * call drives it.
 */
class OpenApiConformanceTest {
    private static final String ZERO_HASH = "00".repeat(32);
    private static final String MISSING_HEIGHT = "99999999";

    @TempDir
    static Path dataDir;

    private static TestApi api;
    private static OpenApiContract contract;
    private static Transaction included;
    private static List<ApiCall> calls;
    private static ApiCall firstStream;
    private static ApiCall streamRefused;
    private static final List<InputStream> openStreams = Collections.synchronizedList(new ArrayList<>());

    /**
     * A node with one transaction included above block 1, restarted: a clean stop commits the head's state alone
     * (protocol §12), so the restarted node no longer holds block 1's state.
     */
    @BeforeAll
    static void startNodeWithOneIncludedTransactionAndRestartIt() {
        TestApi first = TestApi.start(dataDir);
        try {
            first.awaitHeight(1);
            included = first.include(first.tx().sender(TestChain.funded(0)).nonce(0).amount(10).build());
        } finally {
            first.close();
        }
        api = TestApi.start(dataDir);
        api.stopMining();
        TestApi.Response document = api.get("/openapi.json");
        assertThat(document.status()).isEqualTo(200);
        contract = new OpenApiContract(document.bytes());
        calls = calls();
    }

    @AfterAll
    static void stop() {
        openStreams.forEach(OpenApiConformanceTest::closeQuietly);
        api.close();
    }

    @Test
    void theDocumentIsOpenApi31() {
        assertThat(contract.document().path("openapi").asText()).startsWith("3.1.");
    }

    @Test
    void documentsEveryRouteTheNodeServesAndNoOther() {
        assertThat(contract.operations()).isEqualTo(routes(api.server()));
    }

    @Test
    void everyDocumentedAnswerIsDrivenByOneCall() {
        List<String> driven = calls.stream().map(ApiCall::outcome).toList();
        assertThat(driven).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(driven)).isEqualTo(contract.outcomes());
    }

    @TestFactory
    Stream<DynamicTest> liveRequestsAndAnswersConformToTheDocument() {
        return calls.stream().map(call -> DynamicTest.dynamicTest(call.toString(), () -> drive(call)));
    }

    private static void drive(ApiCall call) {
        if (call == streamRefused) {
            fillEventStreams();
        }
        byte[] body = call.bodyBytes();
        List<String> requestProblems = contract.checkRequest(call.operation(), call.pathParams(), call.query(),
                call.contentType(), body);
        if (call.conforming()) {
            assertThat(requestProblems).as("the request against the document").isEmpty();
        } else {
            assertThat(requestProblems).as("the document refuses the request").isNotEmpty();
        }
        HttpResponse<InputStream> response = open(call.request(api.server().url(), body));
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        byte[] bytes;
        if (contentType.startsWith("text/event-stream")) {
            openStreams.add(response.body());
            bytes = new byte[0];
        } else {
            bytes = readAll(response.body());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as("status of %s: %s", call, text).isEqualTo(call.status());
        if (call.code() != null) {
            assertThat(text).as("error code").contains("\"error\":\"" + call.code() + "\"");
        }
        assertThat(contract.checkResponse(call.operation(), response.statusCode(), contentType, bytes))
                .as("the answer against the document: %s", text).isEmpty();
    }

    /** Holds {@link EventStream#MAX_SUBSCRIBERS} streams open, the first one's included, so the next is refused. */
    private static void fillEventStreams() {
        assertThat(openStreams).as("the stream of " + firstStream).hasSize(1);
        while (openStreams.size() < EventStream.MAX_SUBSCRIBERS) {
            HttpResponse<InputStream> stream = open(firstStream.request(api.server().url(), null));
            assertThat(stream.statusCode()).isEqualTo(200);
            openStreams.add(stream.body());
        }
    }

    private static List<ApiCall> calls() {
        KeyPair sender = TestChain.funded(0);
        Transaction submitted = api.tx().sender(sender).nonce(1).amount(11).build();
        Transaction sameNonce = api.tx().sender(sender).nonce(1).amount(12).build();
        Transaction tooLow = api.tx().sender(sender).nonce(0).amount(13).build();
        Transaction unfunded = api.tx().sender(TestKeys.get(5)).nonce(0).amount(14).build();
        Transaction otherNetwork = api.tx().sender(TestChain.funded(1)).networkId(TestChain.NETWORK_ID + 1).build();
        Transaction batched = api.tx().sender(TestChain.funded(2)).nonce(0).amount(15).build();
        String address = TestChain.address(sender).toHex();
        String includedHash = included.hash().toHex();
        String includedHeight = Long.toString(api.node().chain().transactionLocation(included.hash()).orElseThrow()
                .height());
        String tooMany = "{\"raw\": [" + String.join(",", Collections.nCopies(1_001, "\"00\"")) + "]}";
        String oversize = "{\"raw\": \"" + "00".repeat(600_000) + "\"}";

        firstStream = ApiCall.get("/api/v1/events").expect(200);
        streamRefused = ApiCall.get("/api/v1/events").expect(429, "TOO_MANY_SUBSCRIBERS");
        return List.of(
                ApiCall.get("/api/v1/status").expect(200),
                ApiCall.get("/api/v1/peers").expect(200),
                ApiCall.get("/api/v1/blocks/count").expect(200),
                ApiCall.get("/api/v1/blocks").query("limit", "5").query("order", "asc").expect(200),
                ApiCall.get("/api/v1/blocks").query("limit", "500").expect(400, "BAD_PARAMETER").nonConforming(),
                ApiCall.get("/api/v1/blocks/{id}").path("id", includedHeight).query("full", "true").expect(200),
                ApiCall.get("/api/v1/blocks/{id}").path("id", "xyz").expect(400, "BAD_BLOCK_ID").nonConforming(),
                ApiCall.get("/api/v1/blocks/{id}").path("id", MISSING_HEIGHT).expect(404, "BLOCK_NOT_FOUND"),
                ApiCall.get("/api/v1/blocks/{id}/raw").path("id", "latest").expect(200),
                ApiCall.get("/api/v1/blocks/{id}/raw").path("id", "xyz").expect(400, "BAD_BLOCK_ID").nonConforming(),
                ApiCall.get("/api/v1/blocks/{id}/raw").path("id", MISSING_HEIGHT).expect(404, "BLOCK_NOT_FOUND"),
                ApiCall.get("/api/v1/headers").query("from", "0").query("limit", "2").expect(200),
                ApiCall.get("/api/v1/headers").query("limit", "2001").expect(400, "BAD_PARAMETER").nonConforming(),
                ApiCall.get("/api/v1/transactions/{hash}").path("hash", includedHash).expect(200),
                ApiCall.get("/api/v1/transactions/{hash}").path("hash", "xyz").expect(400, "BAD_HASH").nonConforming(),
                ApiCall.get("/api/v1/transactions/{hash}").path("hash", ZERO_HASH)
                        .expect(404, "TRANSACTION_NOT_FOUND"),
                ApiCall.get("/api/v1/transactions/{hash}/raw").path("hash", includedHash).expect(200),
                ApiCall.get("/api/v1/transactions/{hash}/raw").path("hash", "xyz").expect(400, "BAD_HASH")
                        .nonConforming(),
                ApiCall.get("/api/v1/transactions/{hash}/raw").path("hash", ZERO_HASH)
                        .expect(404, "TRANSACTION_NOT_FOUND"),
                ApiCall.get("/api/v1/transactions/{hash}/proof").path("hash", includedHash).expect(200),
                ApiCall.get("/api/v1/transactions/{hash}/proof").path("hash", "xyz").expect(400, "BAD_HASH")
                        .nonConforming(),
                ApiCall.get("/api/v1/transactions/{hash}/proof").path("hash", ZERO_HASH)
                        .expect(404, "TRANSACTION_NOT_FOUND"),
                ApiCall.post("/api/v1/transactions").json(() -> raw(submitted)).expect(202),
                ApiCall.post("/api/v1/transactions").json(() -> raw(submitted)).expect(409, "ALREADY_KNOWN"),
                ApiCall.post("/api/v1/transactions").json(() -> raw(sameNonce)).expect(409, "NONCE_TAKEN"),
                ApiCall.post("/api/v1/transactions").json(() -> raw(tooLow)).expect(400, "NONCE_TOO_LOW"),
                ApiCall.post("/api/v1/transactions").json(() -> raw(unfunded)).expect(400, "INSUFFICIENT_BALANCE"),
                ApiCall.post("/api/v1/transactions").json(() -> raw(weakStamp(TestChain.funded(1))))
                        .expect(400, "STAMP_TOO_WEAK"),
                ApiCall.post("/api/v1/transactions").json(() -> raw(otherNetwork)).expect(400, "WRONG_NETWORK"),
                ApiCall.post("/api/v1/transactions").json(() -> "{").expect(400, "MALFORMED_JSON").nonConforming(),
                ApiCall.post("/api/v1/transactions").json(() -> "{}").expect(400, "MISSING_FIELD").nonConforming(),
                ApiCall.post("/api/v1/transactions").json(() -> "{\"raw\": 5}").expect(400, "BAD_FIELD")
                        .nonConforming(),
                ApiCall.post("/api/v1/transactions").json(() -> "{\"raw\": \"zz\"}").expect(400, "BAD_HEX")
                        .nonConforming(),
                ApiCall.post("/api/v1/transactions").json(() -> "{\"raw\": \"00\"}")
                        .expect(400, "MALFORMED_TRANSACTION"),
                ApiCall.post("/api/v1/transactions").json(() -> oversize).expect(413, "BODY_TOO_LARGE"),
                ApiCall.post("/api/v1/transactions/batch")
                        .json(() -> "{\"raw\": [\"" + Hex.encode(batched.encode()) + "\", \""
                                + Hex.encode(tooLow.encode()) + "\"]}")
                        .expect(200),
                ApiCall.post("/api/v1/transactions/batch").json(() -> "{").expect(400, "MALFORMED_JSON")
                        .nonConforming(),
                ApiCall.post("/api/v1/transactions/batch").body("application/msgpack", () -> new byte[] {(byte) 0xc1})
                        .expect(400, "MALFORMED_MSGPACK"),
                ApiCall.post("/api/v1/transactions/batch").json(() -> "{}").expect(400, "MISSING_FIELD")
                        .nonConforming(),
                ApiCall.post("/api/v1/transactions/batch").json(() -> "{\"raw\": \"00\"}").expect(400, "BAD_FIELD")
                        .nonConforming(),
                ApiCall.post("/api/v1/transactions/batch").json(() -> "{\"raw\": [\"zz\"]}").expect(400, "BAD_HEX")
                        .nonConforming(),
                ApiCall.post("/api/v1/transactions/batch").json(() -> "{\"raw\": [\"00\"]}")
                        .expect(400, "MALFORMED_TRANSACTION"),
                ApiCall.post("/api/v1/transactions/batch").json(() -> "{\"raw\": []}").expect(400, "EMPTY_BATCH")
                        .nonConforming(),
                ApiCall.post("/api/v1/transactions/batch").json(() -> tooMany).expect(400, "BATCH_TOO_LARGE")
                        .nonConforming(),
                ApiCall.post("/api/v1/transactions/batch").json(() -> oversize).expect(413, "BODY_TOO_LARGE")
                        .nonConforming(),
                ApiCall.get("/api/v1/accounts/{address}").path("address", address).expect(200),
                ApiCall.get("/api/v1/accounts/{address}").path("address", "xyz").expect(400, "BAD_ADDRESS")
                        .nonConforming(),
                ApiCall.get("/api/v1/accounts/{address}/proof").path("address", address)
                        .query("block", "latest").expect(200),
                ApiCall.get("/api/v1/accounts/{address}/proof").path("address", "xyz").expect(400, "BAD_ADDRESS")
                        .nonConforming(),
                ApiCall.get("/api/v1/accounts/{address}/proof").path("address", address).query("block", "xyz")
                        .expect(400, "BAD_BLOCK_ID").nonConforming(),
                ApiCall.get("/api/v1/accounts/{address}/proof").path("address", address)
                        .query("block", MISSING_HEIGHT).expect(404, "BLOCK_NOT_FOUND"),
                ApiCall.get("/api/v1/accounts/{address}/proof").path("address", address).query("block", "1")
                        .expect(404, "STATE_PRUNED"),
                ApiCall.get("/api/v1/accounts/{address}/transactions").path("address", address).query("limit", "5")
                        .expect(200),
                ApiCall.get("/api/v1/accounts/{address}/transactions").path("address", "xyz")
                        .expect(400, "BAD_ADDRESS").nonConforming(),
                ApiCall.get("/api/v1/accounts/{address}/transactions").path("address", address).query("limit", "0")
                        .expect(400, "BAD_PARAMETER").nonConforming(),
                ApiCall.get("/api/v1/txpool").query("limit", "10").expect(200),
                ApiCall.get("/api/v1/txpool").query("limit", "0").expect(400, "BAD_PARAMETER").nonConforming(),
                ApiCall.get("/api/v1/authorities").expect(200),
                ApiCall.get("/api/v1/metrics").expect(200),
                ApiCall.get("/metrics").expect(200),
                ApiCall.get("/api/v1/openapi.json").expect(200),
                firstStream,
                streamRefused);
    }

    private static String raw(Transaction tx) {
        return "{\"raw\": \"" + Hex.encode(tx.encode()) + "\"}";
    }

    /** A transaction whose stamp falls short of the chain's work bits. */
    private static Transaction weakStamp(KeyPair sender) {
        UnsignedTransaction body = api.tx().sender(sender).nonce(0).amount(16).unsigned();
        Hash32 hash = body.hash();
        long weak = 0;
        while (Hashcash.meets(hash, weak, api.params().transactions().workBits())) {
            weak++;
        }
        return new Transaction(body, weak, Pss.sign(sender.getPrivate(), hash));
    }

    private static HttpResponse<InputStream> open(HttpRequest request) {
        try {
            return api.http().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // The stream is abandoned either way; the node ends it when it stops.
        }
    }

    /** "METHOD /path" of every HTTP endpoint the server routes, read from its Javalin router. */
    private static Set<String> routes(ApiServer server) {
        return javalinOf(server).unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.getEndpoint())
                .filter(endpoint -> endpoint.getMethod().isHttpMethod())
                .map(endpoint -> endpoint.getMethod() + " " + endpoint.getPath())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The server does not hand out its Javalin instance; it keeps it in its one field of that type. */
    private static Javalin javalinOf(ApiServer server) {
        Field field = Arrays.stream(ApiServer.class.getDeclaredFields())
                .filter(candidate -> candidate.getType() == Javalin.class)
                .findFirst()
                .orElseThrow(() -> new AssertionError("ApiServer has no Javalin field to read routes from"));
        try {
            field.setAccessible(true);
            return (Javalin) field.get(server);
        } catch (IllegalAccessException e) {
            throw new AssertionError("cannot read the Javalin of ApiServer", e);
        }
    }
}
