package dev.ccoin.cli.client;

import dev.ccoin.cli.Ccoin;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.Node;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.api.ApiServer;
import dev.ccoin.node.api.NoPeers;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.config.NodeConfig;
import dev.ccoin.node.config.NodeType;
import dev.ccoin.core.keys.KeyProtection;
import dev.ccoin.client.wallet.Keystore;
import dev.ccoin.core.keys.PrivateKeyPem;
import dev.ccoin.node.storage.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A real single-validator node for client command tests: {@link TestChain#params(int) TestChain.params(1)} sealed by
 * {@link TestKeys} {@code get(0)}, its API on 127.0.0.1 and a free port, and a separate wallet data dir whose
 * keystore can hold the chain's funded keys. Commands run through {@link Ccoin} with {@code --api} pointing here.
 * Test-only.
 */
final class TestNode implements AutoCloseable {
    static final Duration DEADLINE = Duration.ofSeconds(30);

    private final Node node;
    private final ApiServer server;
    private final Path wallet;

    private TestNode(Node node, ApiServer server, Path wallet) {
        this.node = node;
        this.server = server;
        this.wallet = wallet;
    }

    /** A mining validator in {@code dir}/node, and an empty wallet in {@code dir}/wallet. */
    static TestNode start(Path dir) {
        Path dataDir = dir.resolve("node");
        ChainParams params = TestChain.params(1);
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, params);
        }
        NodeConfig config = new NodeConfig(NodeType.VALIDATOR, dataDir, "127.0.0.1", 0, "127.0.0.1", 0,
                Optional.empty(), List.of(), 1, Optional.empty());
        KeyPair validator = TestKeys.get(0);
        Node node = Node.start(config, Optional.of(validator), Clock.systemUTC(), new NodeScheduler());
        try {
            ApiServer server = ApiServer.start(node, new NoPeers(node.chain()),
                    Optional.of(RsaKeys.address(validator.getPublic())));
            return new TestNode(node, server, dir.resolve("wallet"));
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    Node node() {
        return node;
    }

    String api() {
        return server.url();
    }

    Path wallet() {
        return wallet;
    }

    /** Puts {@code keys} into the wallet's keystore, as a PEM file imported the way {@code account import} does. */
    Address addToWallet(KeyPair keys, KeyProtection protection) {
        try {
            Files.createDirectories(wallet);
            Path pem = Files.createTempFile(wallet, "key", ".pem");
            Files.writeString(pem, PrivateKeyPem.encode(keys.getPrivate(), KeyProtection.none(), new SecureRandom()));
            Address address = new Keystore(wallet).importKey(pem, null, protection);
            Files.delete(pem);
            return address;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void awaitHeight(long height) {
        Await.until(DEADLINE, "height " + height, () -> node.chain().head().height() >= height);
    }

    void stopMining() {
        node.miner().orElseThrow().stop();
    }

    /** Runs {@code ccoin args... --api <this node>}. */
    Ccoin.Result run(String... args) {
        return run(new Ccoin(), args);
    }

    Ccoin.Result run(Ccoin ccoin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--api");
        all.add(api());
        return ccoin.run(all.toArray(String[]::new));
    }

    @Override
    public void close() {
        server.close();
        node.close();
    }
}
