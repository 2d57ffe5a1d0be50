package dev.ccoin.node.p2p.peers;

import dev.ccoin.core.types.Address;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.messages.PeersRequest;
import dev.ccoin.node.p2p.messages.Ping;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The periodic work on peers, one tick at a time on the network's maintenance thread: drop peers the filter no
 * longer allows and peers silent past the idle timeout, ping the others every ping interval, ask for peer lists
 * now and then while there is room, and dial due candidates up to {@code max_peers}. Owns the time of the last
 * peer-list round; everything else it reads from thread-safe parts. Runs on one thread.
 */
public final class PeerMaintenance implements Runnable {
    /** IPv4 dotted quads and IPv6 literals, which {@link InetSocketAddress} parses without a lookup. */
    private static final Pattern IP_LITERAL = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)|[0-9a-fA-F:.]*:[0-9a-fA-F:.%]*");
    private final ConnectionContext context;
    private final Candidates candidates;
    private final Address self;
    private final long pingNanos;
    private final long idleNanos;
    private final long exchangeNanos;
    private final RandomGenerator random;
    private long lastExchangeNanos = System.nanoTime();

    public PeerMaintenance(ConnectionContext context, Candidates candidates, Address self, Duration pingInterval,
            Duration peerExchangeInterval, RandomGenerator random) {
        this.context = context;
        this.candidates = candidates;
        this.self = self;
        this.pingNanos = pingInterval.toNanos();
        this.idleNanos = context.policy().idleTimeout().toNanos();
        this.exchangeNanos = peerExchangeInterval.toNanos();
        this.random = random;
    }

    @Override
    public void run() {
        long now = System.nanoTime();
        boolean exchange = now - lastExchangeNanos >= exchangeNanos
                && context.table().size() < context.table().maxPeers();
        if (exchange) {
            lastExchangeNanos = now;
        }
        for (Peer peer : context.table().all()) {
            if (!context.allowed().test(peer.nodeId())) {
                peer.disconnect(DisconnectReason.NOT_ALLOWED, "node " + peer.nodeId() + " is no longer allowed");
            } else if (now - peer.lastFrameNanos() > idleNanos) {
                peer.disconnect(DisconnectReason.IDLE_TIMEOUT,
                        "no frame for " + Duration.ofNanos(idleNanos).toSeconds() + " s");
            } else {
                if (now - peer.lastPingNanos() >= pingNanos) {
                    peer.pinged(now);
                    peer.send(new Ping(random.nextLong(Long.MAX_VALUE)));
                }
                if (exchange) {
                    peer.send(new PeersRequest());
                }
            }
        }
        dial();
    }

    private void dial() {
        int room = context.table().maxPeers() - context.table().size() - candidates.dialing();
        for (DialCandidate candidate : candidates.takeDue(room)) {
            if (isConnected(candidate)) {
                candidates.skipped(candidate.target());
            } else {
                Connection.outbound(context, candidate).start();
            }
        }
    }

    /** Connected already, or not worth dialling: ourselves, or a node the filter refuses. */
    private boolean isConnected(DialCandidate candidate) {
        if (candidate.nodeId().filter(id -> id.equals(self) || context.table().contains(id)
                || !context.allowed().test(id)).isPresent()) {
            return true;
        }
        // Only IP literals are compared: resolving a name here would let a hostile peer list stall this thread on
        // DNS. A name is resolved when dialled, on the connection's own thread; a duplicate is then refused.
        String host = candidate.target().host();
        if (!IP_LITERAL.matcher(host).matches()) {
            return false;
        }
        InetSocketAddress endpoint = new InetSocketAddress(host, candidate.target().port());
        return !endpoint.isUnresolved() && context.table().hasEndpoint(endpoint);
    }
}
