package dev.ccoin.node.p2p;

import dev.ccoin.core.types.Address;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.chain.ChainView;
import dev.ccoin.node.config.ConfigException;
import dev.ccoin.node.config.HostPort;
import dev.ccoin.node.consensus.ChainWeight;
import dev.ccoin.node.network.PeerInfo;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.framing.ProtocolViolationException;
import dev.ccoin.node.p2p.gossip.Gossip;
import dev.ccoin.node.p2p.messages.BlocksPage;
import dev.ccoin.node.p2p.messages.BlocksRequest;
import dev.ccoin.node.p2p.messages.HeadAnnouncement;
import dev.ccoin.node.p2p.messages.Message;
import dev.ccoin.node.p2p.messages.NewBlock;
import dev.ccoin.node.p2p.messages.NewTransaction;
import dev.ccoin.node.p2p.messages.PeerAddress;
import dev.ccoin.node.p2p.messages.PeerList;
import dev.ccoin.node.p2p.messages.PeersRequest;
import dev.ccoin.node.p2p.messages.Ping;
import dev.ccoin.node.p2p.messages.Pong;
import dev.ccoin.node.p2p.messages.TransactionBodies;
import dev.ccoin.node.p2p.messages.TransactionHashes;
import dev.ccoin.node.p2p.messages.TransactionRequest;
import dev.ccoin.node.p2p.peers.Candidates;
import dev.ccoin.node.p2p.peers.Peer;
import dev.ccoin.node.p2p.peers.PeerDeparture;
import dev.ccoin.node.p2p.peers.PeerEvents;
import dev.ccoin.node.p2p.peers.PeerTable;
import dev.ccoin.node.p2p.sync.BlockServer;
import dev.ccoin.node.p2p.sync.Synchronizer;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a peer's frames go once its handshake is done: liveness and head questions are answered here, block pages
 * are served and received for sync, blocks, transactions and their announcements, requests and bodies go to gossip, peer lists feed the dial candidates. Also
 * logs peers joining and leaving (INFO, a node on another chain at WARN; connection attempts that simply failed at
 * DEBUG) and tells the {@link PeerListener}s. Thread-safe: stateless apart from the listener list; runs on reader
 * threads.
 */
final class MessageRouter implements PeerEvents {
    private static final Logger LOG = LoggerFactory.getLogger(MessageRouter.class);

    private final Address self;
    private final ChainView chain;
    private final PeerTable peers;
    private final Candidates candidates;
    private final Gossip gossip;
    private final Synchronizer sync;
    private final BlockServer blocks;
    private final List<PeerListener> listeners = new CopyOnWriteArrayList<>();

    MessageRouter(Address self, ChainView chain, PeerTable peers, Candidates candidates, Gossip gossip,
            Synchronizer sync) {
        this.self = self;
        this.chain = chain;
        this.peers = peers;
        this.candidates = candidates;
        this.gossip = gossip;
        this.sync = sync;
        this.blocks = new BlockServer(chain);
    }

    void addListener(PeerListener listener) {
        listeners.add(listener);
    }

    @Override
    public void onJoined(Peer peer) {
        PeerInfo info = peer.info();
        LOG.info("peer joined: {} {}:{} {} head {} agent {}", peer.nodeId(), info.host(), info.port(),
                info.direction().name().toLowerCase(), info.headHeight(), info.agent());
        if (peers.size() < peers.maxPeers()) {
            peer.send(new PeersRequest());
        }
        sync.nudge();
        listeners.forEach(listener -> listener.peerJoined(info));
    }

    @Override
    public void onMessage(Peer peer, Message message) {
        switch (message.type()) {
            case PNG -> peer.send(new Pong(((Ping) message).nonce()));
            case PON -> {
                // Liveness only: the connection noted the frame's arrival.
            }
            case RBH -> {
                ChainHead head = chain.head();
                peer.send(new HeadAnnouncement(head.height(), head.hash(), head.totalWork()));
            }
            case BLH -> {
                HeadAnnouncement head = (HeadAnnouncement) message;
                peer.announcedHead(new ChainWeight(head.totalWork(), head.height(), head.hash()));
                sync.nudge();
            }
            case RBL -> peer.send(blocks.page((BlocksRequest) message));
            case ABL -> peer.receivedPage((BlocksPage) message);
            case BLK -> gossip.onBlock(peer, ((NewBlock) message).block());
            case TXN -> gossip.onTransaction(peer, ((NewTransaction) message).transaction());
            case THA -> gossip.onAnnouncement(peer, (TransactionHashes) message);
            case TGR -> gossip.onRequest(peer, (TransactionRequest) message);
            case TBS -> gossip.onBodies(peer, (TransactionBodies) message);
            case GPR -> peer.send(peerList(peer));
            case PRS -> learn((PeerList) message);
            case PUZ, SOL, HEY, ERR -> throw new ProtocolViolationException(DisconnectReason.UNEXPECTED_MESSAGE,
                    message.type() + " after the handshake");
        }
    }

    private PeerList peerList(Peer asking) {
        List<PeerAddress> known = new ArrayList<>();
        for (Peer peer : peers.all()) {
            Optional<InetSocketAddress> endpoint = peer.listenEndpoint();
            if (!peer.nodeId().equals(asking.nodeId()) && endpoint.isPresent() && known.size() < PeerList.MAX_PEERS) {
                known.add(new PeerAddress(peer.nodeId(), endpoint.get().getAddress().getHostAddress(),
                        endpoint.get().getPort()));
            }
        }
        return new PeerList(known);
    }

    private void learn(PeerList list) {
        for (PeerAddress entry : list.peers()) {
            if (entry.nodeId().equals(self) || peers.contains(entry.nodeId())) {
                continue;
            }
            try {
                candidates.add(new HostPort(entry.host(), entry.port()), Optional.of(entry.nodeId()),
                        PeerInfo.Source.EXCHANGE);
            } catch (ConfigException e) {
                LOG.debug("ignoring peer list entry {}: {}", entry, e.getMessage());
            }
        }
    }

    @Override
    public void onClosed(PeerDeparture departure) {
        departure.dialTarget().ifPresent(target ->
                candidates.dialEnded(target, departure.established(), departure.reason()));
        String who = departure.nodeId().map(id -> id + " ").orElse("") + departure.remote();
        String by = departure.byPeer() ? " (by the peer)" : "";
        if (departure.established()) {
            LOG.info("peer left: {} {}{}: {}", who, departure.reason(), by, departure.detail());
        } else if (departure.reason() == DisconnectReason.WRONG_GENESIS) {
            LOG.warn("refused peer {}: WRONG_GENESIS{}: {}", who, by, departure.detail());
        } else if (isRoutine(departure.reason())) {
            LOG.debug("connection to {} ended: {}{}: {}", who, departure.reason(), by, departure.detail());
        } else {
            LOG.info("refused peer {}: {}{}: {}", who, departure.reason(), by, departure.detail());
        }
        listeners.forEach(listener -> listener.connectionEnded(departure));
    }

    /** Failed dials, hang-ups before a handshake, ourselves and double connections: expected, and noisy at INFO. */
    private static boolean isRoutine(DisconnectReason reason) {
        return switch (reason) {
            case CONNECT_FAILED, CONNECTION_LOST, TRUNCATED_FRAME, SELF_CONNECTION, DUPLICATE_CONNECTION,
                    SHUTDOWN -> true;
            default -> false;
        };
    }
}
