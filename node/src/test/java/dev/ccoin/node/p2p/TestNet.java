package dev.ccoin.node.p2p;

import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.node.Node;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.config.Bootnode;
import dev.ccoin.node.config.HostPort;
import dev.ccoin.node.config.NodeConfig;
import dev.ccoin.node.config.NodeType;
import dev.ccoin.node.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Real nodes, each with its LevelDB in a folder under one temp dir and its network on 127.0.0.1 port 0, stopped
 * together by {@link #close}. Validators use the authority keys {@link TestKeys} 0..N-1; basic nodes get a test
 * key as their node key (generating RSA keys would dominate the test time). Test-only; not thread-safe.
 */
public final class TestNet implements AutoCloseable {
    /** How long a multi-node condition may take before the test fails. */
    public static final Duration DEADLINE = Duration.ofSeconds(60);
    /** Basic nodes take their node keys from {@link TestKeys} starting here, after the funded accounts 10..12. */
    private static final int BASIC_KEYS = 13;
    /** Keys 5..9 belong to no authority of a test chain of up to five and to no node: raw peers use them. */
    public static final int RAW_KEYS = 5;

    private final Path root;
    private final ChainParams params;
    private final List<Member> members = new ArrayList<>();
    private int basicCount;

    public TestNet(Path root, ChainParams params) {
        this.root = root;
        this.params = params;
    }

    /** Short dial backoff and maintenance ticks, so joins and heals take a fraction of a second. */
    public static P2pConfig fastConfig() {
        return P2pConfig.builder()
                .dialBackoffInitial(Duration.ofMillis(100))
                .dialBackoffMax(Duration.ofMillis(800))
                .maintenanceInterval(Duration.ofMillis(100))
                .peerExchangeInterval(Duration.ofSeconds(2))
                .build();
    }

    public ChainParams params() {
        return params;
    }

    public Member validator(int authority, List<HostPort> bootnodes, P2pConfig config) {
        return start(NodeType.VALIDATOR, root.resolve("validator-" + authority), TestKeys.get(authority), bootnodes,
                config);
    }

    public Member basic(List<HostPort> bootnodes, P2pConfig config) {
        int index = basicCount++;
        return start(NodeType.BASIC, root.resolve("basic-" + index), TestKeys.get(BASIC_KEYS + index), bootnodes,
                config);
    }

    /** Starts a node on {@code dir}, initialising it first if it is new (a restart reuses the dir). */
    public Member start(NodeType type, Path dir, KeyPair key, List<HostPort> bootnodes, P2pConfig config) {
        return start(type, dir, key, bootnodes, config, Clock.systemUTC());
    }

    /** A basic node whose network (bans, backoff, sync rates) runs on {@code networkClock}. */
    public Member basic(List<HostPort> bootnodes, P2pConfig config, Clock networkClock) {
        int index = basicCount++;
        return start(NodeType.BASIC, root.resolve("basic-" + index), TestKeys.get(BASIC_KEYS + index), bootnodes,
                config, networkClock);
    }

    /** A basic node whose boot nodes may name the node id they must prove ({@code nodeId@host:port}). */
    public Member basicPinned(List<Bootnode> bootnodes, P2pConfig config) {
        int index = basicCount++;
        return startWith(NodeType.BASIC, root.resolve("basic-" + index), TestKeys.get(BASIC_KEYS + index), bootnodes,
                config, Clock.systemUTC());
    }

    private Member start(NodeType type, Path dir, KeyPair key, List<HostPort> bootnodes, P2pConfig config,
            Clock networkClock) {
        return startWith(type, dir, key, bootnodes.stream().map(Bootnode::of).toList(), config, networkClock);
    }

    private Member startWith(NodeType type, Path dir, KeyPair key, List<Bootnode> bootnodes, P2pConfig config,
            Clock networkClock) {
        if (!Files.exists(dir)) {
            try (Database database = Database.open(dir)) {
                ChainInitializer.initialize(database, params);
            }
        }
        NodeConfig nodeConfig = new NodeConfig(type, dir, "127.0.0.1", 0, "127.0.0.1", 0, Optional.empty(),
                bootnodes, 1, Optional.empty());
        Node node = Node.start(nodeConfig, type == NodeType.VALIDATOR ? Optional.of(key) : Optional.empty(),
                Clock.systemUTC(), new NodeScheduler());
        P2pNetwork network;
        try {
            network = P2pNetwork.start(node, Optional.of(key), config, networkClock);
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
        Member member = new Member(node, network, dir, key, type);
        members.add(member);
        return member;
    }

    @Override
    public void close() {
        for (int i = members.size() - 1; i >= 0; i--) {
            members.get(i).close();
        }
        members.clear();
    }

    /** One running node and its network. Closing it twice is harmless. */
    public static final class Member implements AutoCloseable {
        private final Node node;
        private final P2pNetwork network;
        private final Path dir;
        private final KeyPair key;
        private final NodeType type;
        private boolean closed;

        Member(Node node, P2pNetwork network, Path dir, KeyPair key, NodeType type) {
            this.node = node;
            this.network = network;
            this.dir = dir;
            this.key = key;
            this.type = type;
        }

        public Node node() {
            return node;
        }

        public P2pNetwork network() {
            return network;
        }

        public Path dir() {
            return dir;
        }

        public KeyPair key() {
            return key;
        }

        public NodeType type() {
            return type;
        }

        public HostPort endpoint() {
            return new HostPort("127.0.0.1", network.listenPort());
        }

        public int peerCount() {
            return network.peers().size();
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                network.close();
                node.close();
            }
        }
    }
}
