package dev.ccoin.cli.node;

import dev.ccoin.core.types.Address;
import dev.ccoin.node.Node;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.api.ApiServer;
import dev.ccoin.node.config.NodeConfig;
import dev.ccoin.node.api.metrics.NodeMetrics;
import dev.ccoin.node.discovery.DiscoveryClient;
import dev.ccoin.node.discovery.lan.LanConfig;
import dev.ccoin.node.discovery.lan.LanCounters;
import dev.ccoin.node.discovery.lan.LanDiscovery;
import dev.ccoin.node.p2p.P2pNetwork;
import dev.ccoin.node.p2p.handshake.NodeKey;
import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services of one running node, started in order — the node, its P2P network, the discovery client (when a
 * discovery URL is set), LAN discovery (when on), the HTTP API — and closed in the reverse order. Here the node's one {@link NodeScheduler} is
 * made; every service runs on its threads, and closing the node, last, stops them. A failure half-way closes what had
 * started.
 */
final class NodeRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeRuntime.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Node node;
    private final ApiServer api;

    private NodeRuntime(NodeConfig config, Optional<LanConfig> lan, Optional<KeyPair> accountKey, Clock clock) {
        try {
            NodeScheduler threads = new NodeScheduler();
            ThreadFactory keyThread = threads.threads("ccoin-node-key");
            Supplier<KeyPair> freshNodeKey = NodeKey.generatedAhead(config.dataDir(), accountKey,
                    task -> keyThread.newThread(task).start());
            node = track(Node.start(config, accountKey, clock, threads));
            P2pNetwork network = track(P2pNetwork.start(node, accountKey, freshNodeKey));
            config.discoveryUrl().ifPresent(url -> track(DiscoveryClient.start(URI.create(url),
                    network.nodeKey().keyPair(), node.chain().params().networkId(),
                    node.chain().blockAt(0).orElseThrow().hash(), config.p2pHost(), network.listenPort(),
                    network::addCandidates, threads.scheduler("ccoin-discovery"), clock)));
            LanCounters lanCounters = new LanCounters();
            lan.ifPresent(settings -> track(LanDiscovery.start(settings, network.nodeKey().keyPair(),
                    node.chain().params().networkId(), node.chain().blockAt(0).orElseThrow().hash(),
                    network.listenPort(), network::addAnnounced, lanCounters, threads.scheduler("ccoin-lan-send"),
                    threads.threads("ccoin-lan-receive"), clock)));
            Optional<Address> nodeId = Optional.of(network.nodeId());
            api = track(ApiServer.start(node, network, nodeId));
            if (lan.isPresent()) {
                api.metrics().addCounters(new NodeMetrics.CounterFamily("ccoin_lan_dropped_total",
                        "LAN datagrams dropped, by reason code.", "reason", lanCounters::drops));
                api.metrics().addCounters(new NodeMetrics.CounterFamily("ccoin_lan_announcements_total",
                        "LAN announcements sent and accepted.", "outcome", lanCounters::announcements));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    static NodeRuntime start(NodeConfig config, Optional<LanConfig> lan, Optional<KeyPair> accountKey, Clock clock) {
        return new NodeRuntime(config, lan, accountKey, clock);
    }

    Node node() {
        return node;
    }

    ApiServer api() {
        return api;
    }

    private <T extends AutoCloseable> T track(T service) {
        started.push(service);
        return service;
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            AutoCloseable service = started.pop();
            try {
                service.close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed: {}", service, e.toString());
            }
        }
    }
}
