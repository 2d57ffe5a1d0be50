package dev.ccoin.node.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.node.Node;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.config.NodeConfig;
import dev.ccoin.node.config.NodeType;
import dev.ccoin.node.network.NetworkView;
import dev.ccoin.node.storage.Database;
import dev.ccoin.node.txpool.Admission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A real single-authority node ({@link TestChain#params(int) TestChain.params(1)}, sealed by {@link TestKeys}
 * {@code get(0)}) on a temporary data dir, with its API started on 127.0.0.1 and a free port, and a plain
 * {@code java.net.http} client for it. One per test class; test-only.
 */
public final class TestApi implements AutoCloseable {
    public static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Node node;
    private final ApiServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestApi(Node node, ApiServer server) {
        this.node = node;
        this.server = server;
    }

    /** A mining validator whose network has no peers. */
    public static TestApi start(Path dataDir) {
        return start(dataDir, node -> new NoPeers(node.chain()));
    }

    /** A mining validator whose network is {@code network} (given the chain, for a view that needs it). */
    public static TestApi start(Path dataDir, Function<Node, NetworkView> network) {
        ChainParams params = TestChain.params(1);
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, params);
        }
        NodeConfig config = new NodeConfig(NodeType.VALIDATOR, dataDir, "127.0.0.1", 0, "127.0.0.1", 0,
                Optional.empty(), List.of(), 1, Optional.empty());
        Node node = Node.start(config, Optional.of(validatorKey()), Clock.systemUTC(), new NodeScheduler());
        try {
            ApiServer server = ApiServer.start(node, network.apply(node),
                    Optional.of(RsaKeys.address(validatorKey().getPublic())));
            return new TestApi(node, server);
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    public static KeyPair validatorKey() {
        return TestKeys.get(0);
    }

    public Node node() {
        return node;
    }

    public ApiServer server() {
        return server;
    }

    public ChainParams params() {
        return node.chain().params();
    }

    public TxBuilder tx() {
        return new TxBuilder(params()).timestamp(System.currentTimeMillis());
    }

    /** Waits for at least {@code height} blocks on top of genesis. */
    public void awaitHeight(long height) {
        Await.until(DEADLINE, "height " + height, () -> node.chain().head().height() >= height);
    }

    /** Submits {@code tx} to the node directly and waits until the chain includes it. */
    public Transaction include(Transaction tx) {
        Admission admission = node.submitTransaction(tx);
        if (!admission.isAdmitted()) {
            throw new AssertionError("not admitted: " + admission);
        }
        Await.until(DEADLINE, "inclusion of " + tx, () -> node.chain().transactionLocation(tx.hash()).isPresent());
        return tx;
    }

    /** Stops sealing, so the chain stays where it is and pool transactions stay pending. */
    public void stopMining() {
        node.miner().orElseThrow().stop();
    }

    public URI uri(String path) {
        return URI.create(server.url() + path);
    }

    /** {@code GET /api/v1 + path}. */
    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri("/api/v1" + path)).GET().build());
    }

    /** {@code POST /api/v1 + path} with a JSON body. */
    public Response post(String path, String body) {
        return send(HttpRequest.newBuilder(uri("/api/v1" + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    public HttpClient http() {
        return http;
    }

    @Override
    public void close() {
        server.close();
        node.close();
    }

    /** A response: status, content type and body. */
    public static final class Response {
        private final int status;
        private final String contentType;
        private final byte[] bytes;

        /** A response read by another client. */
        public static Response of(int status, String contentType, byte[] bytes) {
            return new Response(status, contentType, bytes);
        }

        Response(int status, String contentType, byte[] bytes) {
            this.status = status;
            this.contentType = contentType;
            this.bytes = bytes.clone();
        }

        public int status() {
            return status;
        }

        public String contentType() {
            return contentType;
        }

        public byte[] bytes() {
            return bytes.clone();
        }

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + " " + contentType + "): " + body(), e);
            }
        }

        /** The {@code error} code of an error body. */
        public String error() {
            return json().path("error").asText();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body();
        }
    }
}
