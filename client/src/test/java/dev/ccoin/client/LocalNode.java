package dev.ccoin.client;

import dev.ccoin.client.api.NodeClient;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.node.Node;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.api.ApiServer;
import dev.ccoin.node.api.NoPeers;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.config.NodeConfig;
import dev.ccoin.node.config.NodeType;
import dev.ccoin.node.storage.Database;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real single-validator node for the library's tests: {@link TestChain#params(int) TestChain.params(1)} sealed by
 * {@link TestKeys} {@code get(0)} on a data dir of the test's, its API on 127.0.0.1 — a free port at first, the same
 * port again after {@link #restart()}. Funded accounts are {@link TestChain#funded(int)}. Test-only.
 */
public final class LocalNode implements AutoCloseable {
    public static final Duration DEADLINE = Duration.ofSeconds(30);

    private final Path dataDir;
    private Node node;
    private ApiServer server;
    private int port;

    private LocalNode(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** A mining validator on a fresh chain in {@code dataDir}. */
    public static LocalNode start(Path dataDir) {
        ChainParams params = TestChain.params(1);
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, params);
        }
        LocalNode local = new LocalNode(dataDir);
        local.open(0);
        return local;
    }

    private void open(int apiPort) {
        NodeConfig config = new NodeConfig(NodeType.VALIDATOR, dataDir, "127.0.0.1", 0, "127.0.0.1", apiPort,
                Optional.empty(), List.of(), 1, Optional.empty());
        KeyPair validator = TestKeys.get(0);
        node = Node.start(config, Optional.of(validator), Clock.systemUTC(), new NodeScheduler());
        try {
            server = ApiServer.start(node, new NoPeers(node.chain()),
                    Optional.of(RsaKeys.address(validator.getPublic())));
            port = server.port();
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    /** Stops the node and its API, then starts both again on the same data dir and port. */
    public void restart() {
        int samePort = port;
        close();
        open(samePort);
    }

    public Node node() {
        return node;
    }

    public URI api() {
        return URI.create(server.url());
    }

    public NodeClient client() {
        return NodeClient.of(api());
    }

    public long height() {
        return node.chain().head().height();
    }

    public void awaitHeight(long height) {
        Await.until(DEADLINE, "height " + height, () -> node.chain().head().height() >= height);
    }

    /** Stops sealing: the chain stays where it is and pool transactions stay pending. */
    public void stopMining() {
        node.miner().orElseThrow().stop();
    }

    @Override
    public void close() {
        server.close();
        node.close();
    }
}
