package dev.ccoin.node.api.proofs;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.node.Node;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.api.ApiServer;
import dev.ccoin.node.api.NoPeers;
import dev.ccoin.node.api.TestApi;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.chain.ImportStatus;
import dev.ccoin.node.chain.LocalChain;
import dev.ccoin.node.config.NodeConfig;
import dev.ccoin.node.config.NodeType;
import dev.ccoin.node.storage.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A chain built by the test, imported into a LevelDB data dir, then served by a basic node (no miner, no peers) on
 * 127.0.0.1 and a free port: the chain stays exactly as built. Test-only.
 */
final class ServedChain implements AutoCloseable {
    private final Node node;
    private final ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServedChain(Node node, ApiServer server) {
        this.node = node;
        this.server = server;
    }

    /** Imports {@code blocks} after genesis; {@code beforeStart} may change the database before the node opens it. */
    static ServedChain start(Path dataDir, ChainParams params, List<Block> blocks, Consumer<Database> beforeStart) {
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, params);
        }
        try (NodeScheduler threads = new NodeScheduler();
             LocalChain local = LocalChain.open(dataDir, Clock.systemUTC(), threads.verifierPool(1))) {
            for (Block block : blocks) {
                ImportStatus status = local.blockchain().importBlock(block).status();
                if (status != ImportStatus.NEW_HEAD) {
                    throw new AssertionError("block " + block + " was not imported as the head: " + status);
                }
            }
        }
        try (Database database = Database.open(dataDir)) {
            beforeStart.accept(database);
        }
        NodeConfig config = new NodeConfig(NodeType.BASIC, dataDir, "127.0.0.1", 0, "127.0.0.1", 0,
                Optional.empty(), List.of(), 1, Optional.empty());
        Node node = Node.start(config, Optional.empty(), Clock.systemUTC(), new NodeScheduler());
        try {
            return new ServedChain(node, ApiServer.start(node, new NoPeers(node.chain()), Optional.empty()));
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    Node node() {
        return node;
    }

    /** {@code GET /api/v1 + path} with an {@code Accept} header. */
    TestApi.Response get(String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "/api/v1" + path))
                .header("Accept", accept).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return TestApi.Response.of(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    TestApi.Response get(String path) {
        return get(path, "application/json");
    }

    @Override
    public void close() {
        server.close();
        node.close();
    }
}
