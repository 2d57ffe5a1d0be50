package dev.ccoin.node.p2p;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.crypto.CipherProvider;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.Node;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.chain.ChainView;
import dev.ccoin.node.config.HostPort;
import dev.ccoin.node.config.NodeConfig;
import dev.ccoin.node.network.AdmissionStatus;
import dev.ccoin.node.network.NetworkView;
import dev.ccoin.node.network.PeerInfo;
import dev.ccoin.node.network.SyncStatus;
import dev.ccoin.node.network.TrafficStatus;
import dev.ccoin.node.p2p.admission.AdmissionDesk;
import dev.ccoin.node.p2p.admission.AdmissionSettings;
import dev.ccoin.node.p2p.admission.PuzzleSolver;
import dev.ccoin.node.p2p.framing.FrameCounters;
import dev.ccoin.node.p2p.gossip.Gossip;
import dev.ccoin.node.p2p.handshake.Handshake;
import dev.ccoin.node.p2p.handshake.NodeKey;
import dev.ccoin.node.p2p.messages.MessageType;
import dev.ccoin.node.p2p.peers.Backoff;
import dev.ccoin.node.p2p.peers.BanList;
import dev.ccoin.node.p2p.peers.Candidates;
import dev.ccoin.node.p2p.peers.Connection;
import dev.ccoin.node.p2p.peers.ConnectionContext;
import dev.ccoin.node.p2p.peers.ConnectionPolicy;
import dev.ccoin.node.p2p.peers.Peer;
import dev.ccoin.node.p2p.peers.PeerMaintenance;
import dev.ccoin.node.p2p.peers.PeerTable;
import dev.ccoin.node.p2p.sync.Synchronizer;
import dev.ccoin.node.p2p.tls.PeerTls;
import java.io.IOException;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's peer-to-peer network (protocol §8): listens on the node's P2P host and port, dials the boot nodes and the
 * peers it learns from peer lists and discovery ({@link #addCandidates}), and keeps the node on the heaviest chain
 * its peers know while spreading new blocks and transactions.
 *
 * <p>Threads, all from the node's {@link NodeScheduler}: {@code ccoin-p2p-admission}, which accepts and holds every
 * connection until its admission puzzle is answered ({@link AdmissionDesk}); {@code ccoin-p2p-solve}, which solves the
 * puzzles of the peers this node dials; a reader and a writer thread per admitted or dialled connection
 * ({@code ccoin-p2p-in-…} or {@code ccoin-p2p-out-…}, {@code ccoin-p2p-write-…}), the reader running TLS 1.3
 * ({@link PeerTls}) and the {@code HEY} exchange before anything else; {@code ccoin-p2p}, the maintenance thread (pings, idle and filter checks, dialling, peer exchange, handshake deadlines);
 * {@code ccoin-p2p-sync}, the sync thread; {@code ccoin-p2p-fetch}, the owner of the transaction announcement batches and fetches. Blocks are imported only on the node's chain thread. Thread-safe;
 * {@link #close} ends every connection with {@code ERR SHUTDOWN} and stops the threads (call it before closing the
 * node).
 */
public final class P2pNetwork implements NetworkView, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(P2pNetwork.class);
    private static final long SHUTDOWN_GRACE_MS = 1_000;
    /** Transactions offered again per rebroadcast: a bounded burst, well inside a peer's outbound queue. */
    private static final int REBROADCAST_MAX = 1_000;
    /** Protocol §8: at most this many connections from one IP wait for admission. */
    private static final int MAX_PENDING_PER_IP = 4;
    /** How often the fetch thread sends the waiting announcement batches and requests and checks the timeouts. */
    private static final long FETCH_TICK_MS = 5;

    private final NodeKey key;
    private final AdmissionDesk desk;
    private final PuzzleSolver solver;
    private final ScheduledExecutorService timer;
    private final ScheduledExecutorService solveThread;
    private final ScheduledExecutorService syncThread;
    private final ScheduledExecutorService fetchThread;
    private final FrameCounters frames = new FrameCounters();
    private final ThreadFactory connectionThreads;
    private final PeerTable peers;
    private final BanList bans;
    private final Candidates candidates;
    private final Gossip gossip;
    private final Synchronizer sync;
    private final MessageRouter router;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile ConnectionContext context;
    private volatile ScheduledFuture<?> maintenanceTask;
    private volatile ScheduledFuture<?> rebroadcastTask;
    private volatile ScheduledFuture<?> fetchTask;

    private P2pNetwork(Node node, NodeKey key, P2pConfig config, Clock clock) {
        this.key = key;
        NodeScheduler threads = node.threads();
        this.timer = threads.scheduler("ccoin-p2p");
        this.solveThread = threads.scheduler("ccoin-p2p-solve");
        this.solver = new PuzzleSolver(solveThread, config.maxSolveBits());
        this.syncThread = threads.scheduler("ccoin-p2p-sync");
        this.fetchThread = threads.scheduler("ccoin-p2p-fetch");
        this.connectionThreads = threads.threads("ccoin-p2p-connection");
        ChainView chain = node.chain();
        this.peers = new PeerTable(config.maxPeers().orElse(chain.params().maxPeers()));
        this.bans = new BanList(clock, config.banDuration());
        this.candidates = new Candidates(new Backoff(config.dialBackoffInitial(), config.dialBackoffMax(),
                new SplittableRandom()), clock);
        // Each needs the other: the sync announces through gossip, gossip stays quiet while the sync imports.
        this.sync = new Synchronizer(node, peers, config.requestTimeout(), clock, this::announceBlock);
        this.gossip = new Gossip(node, peers, sync::isImporting, fetchThread, config.fetchTimeout());
        this.router = new MessageRouter(key.nodeId(), chain, peers, candidates, gossip, sync);
        NodeConfig nodeConfig = node.config();
        // Last, so a failure leaves nothing bound; the desk hands nothing over before begin() starts it.
        this.desk = AdmissionDesk.bind(nodeConfig.p2pHost(), nodeConfig.p2pPort(), new AdmissionSettings(
                config.admissionBits(), config.maxAdmissionBits(), config.admissionRate(), config.maxPending(),
                MAX_PENDING_PER_IP), clock, bans::isBanned, this::admitted);
    }

    /**
     * Starts the network of {@code node}: its key is the account key when given (a validator's), else the data
     * dir's {@code node.key}; it listens on the node config's P2P host and port and dials its boot nodes.
     */
    public static P2pNetwork start(Node node, Optional<KeyPair> accountKey, P2pConfig config, Clock clock) {
        return start(node, accountKey, () -> NodeKey.forNode(node.config().dataDir(), accountKey), config, clock);
    }

    /** {@link #start(Node, Optional, P2pConfig, Clock)} with the node key from {@code nodeKey}. */
    private static P2pNetwork start(Node node, Optional<KeyPair> accountKey, Supplier<NodeKey> nodeKey,
            P2pConfig config, Clock clock) {
        NodeConfig nodeConfig = node.config();
        NodeKey key = nodeKey.get();
        P2pNetwork network = new P2pNetwork(node, key, config, clock);
        try {
            network.begin(node, config, clock);
        } catch (RuntimeException e) {
            network.close();
            throw e;
        }
        nodeConfig.bootnodes().forEach(boot -> network.candidates.add(boot.endpoint(), boot.nodeId(),
                PeerInfo.Source.BOOTNODE));
        LOG.info("p2p listening on {}:{} as node {}; {} boot node(s); TLS records sealed on {}", nodeConfig.p2pHost(),
                network.listenPort(), key.nodeId(), nodeConfig.bootnodes().size(),
                CipherProvider.preferred().displayName());
        return network;
    }

    /** {@link #start(Node, Optional, P2pConfig, Clock)} with the spec's defaults and the system clock. */
    public static P2pNetwork start(Node node, Optional<KeyPair> accountKey) {
        return start(node, accountKey, P2pConfig.defaults(), Clock.systemUTC());
    }

    /**
     * As {@link #start(Node, Optional)}, a missing {@code node.key} taking the key pair {@code freshNodeKey} supplies
     * (see {@link NodeKey#generatedAhead}).
     */
    public static P2pNetwork start(Node node, Optional<KeyPair> accountKey, Supplier<KeyPair> freshNodeKey) {
        return start(node, accountKey, () -> NodeKey.forNode(node.config().dataDir(), accountKey, freshNodeKey),
                P2pConfig.defaults(), Clock.systemUTC());
    }

    private void begin(Node node, P2pConfig config, Clock clock) {
        ChainView chain = node.chain();
        Hash32 genesis = chain.blockAt(0).orElseThrow().hash();
        Handshake handshake = new Handshake(key, chain.params().networkId(), genesis);
        int listenPort = desk.port();
        ConnectionPolicy policy = new ConnectionPolicy(config.maxFrameBytes(), config.handshakeTimeout(),
                config.idleTimeout(), config.outboundQueueFrames(), config.outboundQueueBytes());
        context = new ConnectionContext(PeerTls.of(key), handshake,
                () -> handshake.hello(chain.head(), listenPort, config.agent()), policy, peers, bans,
                config.filter()::allows, router, solver, timer, clock, connectionThreads, connections, frames);
        PeerMaintenance maintenance = new PeerMaintenance(context, candidates, key.nodeId(), config.pingInterval(),
                config.peerExchangeInterval(), new SplittableRandom());
        long tick = config.maintenanceInterval().toMillis();
        maintenanceTask = timer.scheduleWithFixedDelay(() -> runSafely(maintenance), 0, tick, TimeUnit.MILLISECONDS);
        long every = config.rebroadcastInterval().toMillis();
        rebroadcastTask = timer.scheduleWithFixedDelay(
                () -> runSafely(() -> gossip.rebroadcast(clock.millis() - every, REBROADCAST_MAX)), every, every,
                TimeUnit.MILLISECONDS);
        fetchTask = fetchThread.scheduleWithFixedDelay(() -> runSafely(gossip::tick), FETCH_TICK_MS, FETCH_TICK_MS,
                TimeUnit.MILLISECONDS);
        syncThread.execute(sync);
        node.addHeadListener(gossip);
        node.addTransactionBurstListener(gossip);
        desk.start(connectionThreads);
    }

    private void announceBlock(Block block) {
        gossip.announceBlock(block);
    }

    /** A connection through admission; on the admission thread. */
    private void admitted(SocketChannel channel, Bytes readAhead) {
        Socket socket = channel.socket();
        if (closed.get()) {
            closeQuietly(socket);
            return;
        }
        // Handshaking connections count too: each admitted connection costs two threads until it ends.
        if (connections.size() >= 2 * peers.maxPeers()) {
            LOG.debug("refused connection from {}: {} connections open", socket.getRemoteSocketAddress(),
                    connections.size());
            closeQuietly(socket);
            return;
        }
        Connection.inbound(context, socket, readAhead).start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Refusing the connection is all that was wanted.
        }
    }

    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warn("p2p maintenance failed", e);
        }
    }

    /** Endpoints to dial, from discovery; boot nodes come from the node config. */
    public void addCandidates(List<HostPort> endpoints) {
        endpoints.forEach(endpoint -> candidates.add(endpoint, Optional.empty(), PeerInfo.Source.DISCOVERY));
    }

    /**
     * An endpoint announced on the LAN as node {@code nodeId} (protocol §9.2): a dial candidate for {@code lifetime},
     * pinned to that id, unless the node is banned; {@code max_peers} and the dial backoff apply as to any other.
     */
    public void addAnnounced(Address nodeId, HostPort endpoint, Duration lifetime) {
        if (!bans.isBanned(nodeId)) {
            candidates.addFor(endpoint, nodeId, PeerInfo.Source.LAN, lifetime);
        }
    }

    public void addPeerListener(PeerListener listener) {
        router.addListener(listener);
    }

    /** This node's id: the address of its node key. */
    public Address nodeId() {
        return key.nodeId();
    }

    /** The node key, for signing discovery registrations. */
    public NodeKey nodeKey() {
        return key;
    }

    public boolean isBanned(Address nodeId) {
        return bans.isBanned(nodeId);
    }

    @Override
    public List<PeerInfo> peers() {
        return peers.all().stream().map(Peer::info).toList();
    }

    @Override
    public SyncStatus syncStatus() {
        return sync.status();
    }

    @Override
    public int listenPort() {
        return desk.port();
    }

    @Override
    public AdmissionStatus admission() {
        return desk.status(solver.solvedCount(), solver.solveSeconds());
    }

    @Override
    public TrafficStatus traffic() {
        return new TrafficStatus(frames.sentFrames(), frames.sentBytes(), frames.receivedFrames(),
                frames.receivedBytes(), gossip.counters().snapshot());
    }

    /** The frames of one type this node received so far. */
    public long framesReceived(MessageType type) {
        return frames.receivedFrames(type);
    }

    /** The frames of one type this node sent so far. */
    public long framesSent(MessageType type) {
        return frames.sentFrames(type);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        gossip.close();
        sync.stop();
        desk.close();
        solveThread.shutdownNow();
        if (rebroadcastTask != null) {
            rebroadcastTask.cancel(false);
        }
        if (maintenanceTask != null) {
            maintenanceTask.cancel(false);
        }
        if (fetchTask != null) {
            fetchTask.cancel(false);
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SHUTDOWN_GRACE_MS);
        for (Connection connection : List.copyOf(connections)) {
            connection.shutdown(deadline);
        }
        // The network is their only user: it ends them now, not at the node's stop, so no tick dials after this.
        timer.shutdownNow();
        syncThread.shutdownNow();
        fetchThread.shutdownNow();
        // A dial the last maintenance tick started after the first pass.
        for (Connection connection : List.copyOf(connections)) {
            connection.shutdown(System.nanoTime());
        }
        LOG.info("p2p stopped");
    }
}
