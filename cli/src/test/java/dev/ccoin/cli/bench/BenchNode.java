package dev.ccoin.cli.bench;

import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
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
import java.util.List;
import java.util.Optional;

/**
 * A real single-validator node for benchmark command tests: {@link TestChain#params(int) TestChain.params(1)} sealed
 * by {@link TestKeys} {@code get(0)}, its API on 127.0.0.1 and a free port, and an accounts dir whose keystore holds
 * the chain's three funded keys without a password, as a localnet's {@code D/accounts} does. Test-only.
 */
final class BenchNode implements AutoCloseable {
    private final Node node;
    private final ApiServer server;
    private final Path accounts;

    private BenchNode(Node node, ApiServer server, Path accounts) {
        this.node = node;
        this.server = server;
        this.accounts = accounts;
    }

    static BenchNode start(Path dir) {
        Path dataDir = dir.resolve("node");
        ChainParams params = TestChain.params(1);
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, params);
        }
        Path accounts = dir.resolve("accounts");
        for (int i = 0; i < 3; i++) {
            addKey(accounts, TestChain.funded(i));
        }
        NodeConfig config = new NodeConfig(NodeType.VALIDATOR, dataDir, "127.0.0.1", 0, "127.0.0.1", 0,
                Optional.empty(), List.of(), 1, Optional.empty());
        KeyPair validator = TestKeys.get(0);
        Node node = Node.start(config, Optional.of(validator), Clock.systemUTC(), new NodeScheduler());
        try {
            ApiServer server = ApiServer.start(node, new NoPeers(node.chain()),
                    Optional.of(RsaKeys.address(validator.getPublic())));
            return new BenchNode(node, server, accounts);
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    private static void addKey(Path accounts, KeyPair keys) {
        try {
            Files.createDirectories(accounts);
            Path pem = Files.createTempFile(accounts, "key", ".pem");
            Files.writeString(pem, PrivateKeyPem.encode(keys.getPrivate(), KeyProtection.none(), new SecureRandom()));
            new Keystore(accounts).importKey(pem, null, KeyProtection.none());
            Files.delete(pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The API base, {@code http://127.0.0.1:PORT}. */
    String api() {
        return server.url();
    }

    Path accounts() {
        return accounts;
    }

    Node node() {
        return node;
    }

    @Override
    public void close() {
        server.close();
        node.close();
    }
}
