package dev.ccoin.node.p2p;

import dev.ccoin.core.chain.BlockLimits;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The network's settings, with the spec's defaults in {@link #defaults()}: 8 MiB frames, a 5 s handshake, a ping
 * every 15 s, 60 s idle timeout, 10 s request timeout, 10 minute bans. Dialling backs off from 1 s to at most 60 s;
 * maintenance ticks every second; peer lists are asked for every minute while there is room; transactions waiting
 * in the pool longer than 15 s are offered to every peer again every 15 s. {@code maxPeers} empty
 * means the chain's {@code max_peers}. Tests shorten the intervals and set a {@link PeerFilter}. Immutable.
 */
public record P2pConfig(
        int maxFrameBytes,
        Duration handshakeTimeout,
        Duration pingInterval,
        Duration idleTimeout,
        Duration requestTimeout,
        Duration banDuration,
        Duration dialBackoffInitial,
        Duration dialBackoffMax,
        Duration maintenanceInterval,
        Duration peerExchangeInterval,
        Duration rebroadcastInterval,
        OptionalInt maxPeers,
        int outboundQueueFrames,
        long outboundQueueBytes,
        PeerFilter filter,
        String agent) {

    public static final String DEFAULT_AGENT = "ccoin/0.1.0";

    public static P2pConfig defaults() {
        return new P2pConfig(BlockLimits.MAX_FRAME_BYTES, Duration.ofSeconds(5), Duration.ofSeconds(15),
                Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofSeconds(1),
                Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(15),
                OptionalInt.empty(), 4096,
                32L * 1024 * 1024, PeerFilter.ALLOW_ALL, DEFAULT_AGENT);
    }

    public P2pConfig withFilter(PeerFilter filter) {
        return with(copy -> copy.filter = filter);
    }

    public P2pConfig withMaxFrameBytes(int maxFrameBytes) {
        return with(copy -> copy.maxFrameBytes = maxFrameBytes);
    }

    public P2pConfig withTimeouts(Duration handshakeTimeout, Duration pingInterval, Duration idleTimeout,
            Duration requestTimeout) {
        return with(copy -> {
            copy.handshakeTimeout = handshakeTimeout;
            copy.pingInterval = pingInterval;
            copy.idleTimeout = idleTimeout;
            copy.requestTimeout = requestTimeout;
        });
    }

    /** Faster dialling and housekeeping, for tests. */
    public P2pConfig withPacing(Duration dialBackoffInitial, Duration dialBackoffMax, Duration maintenanceInterval,
            Duration peerExchangeInterval) {
        return with(copy -> {
            copy.dialBackoffInitial = dialBackoffInitial;
            copy.dialBackoffMax = dialBackoffMax;
            copy.maintenanceInterval = maintenanceInterval;
            copy.peerExchangeInterval = peerExchangeInterval;
        });
    }

    public P2pConfig withOutboundQueue(int frames, long bytes) {
        return with(copy -> {
            copy.outboundQueueFrames = frames;
            copy.outboundQueueBytes = bytes;
        });
    }

    /** How often pooled transactions are offered again (shorter in tests). */
    public P2pConfig withRebroadcastInterval(Duration rebroadcastInterval) {
        return with(copy -> copy.rebroadcastInterval = rebroadcastInterval);
    }

    public P2pConfig withMaxPeers(int maxPeers) {
        return with(copy -> copy.maxPeers = OptionalInt.of(maxPeers));
    }

    /** This config with what {@code change} sets on a copy of every setting. */
    private P2pConfig with(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** The one place that copies every setting, so a new setting touches it and not every {@code with…} method. */
    private static final class Copy {
        int maxFrameBytes;
        Duration handshakeTimeout;
        Duration pingInterval;
        Duration idleTimeout;
        Duration requestTimeout;
        Duration banDuration;
        Duration dialBackoffInitial;
        Duration dialBackoffMax;
        Duration maintenanceInterval;
        Duration peerExchangeInterval;
        Duration rebroadcastInterval;
        OptionalInt maxPeers;
        int outboundQueueFrames;
        long outboundQueueBytes;
        PeerFilter filter;
        String agent;

        Copy(P2pConfig c) {
            maxFrameBytes = c.maxFrameBytes;
            handshakeTimeout = c.handshakeTimeout;
            pingInterval = c.pingInterval;
            idleTimeout = c.idleTimeout;
            requestTimeout = c.requestTimeout;
            banDuration = c.banDuration;
            dialBackoffInitial = c.dialBackoffInitial;
            dialBackoffMax = c.dialBackoffMax;
            maintenanceInterval = c.maintenanceInterval;
            peerExchangeInterval = c.peerExchangeInterval;
            rebroadcastInterval = c.rebroadcastInterval;
            maxPeers = c.maxPeers;
            outboundQueueFrames = c.outboundQueueFrames;
            outboundQueueBytes = c.outboundQueueBytes;
            filter = c.filter;
            agent = c.agent;
        }

        P2pConfig build() {
            return new P2pConfig(maxFrameBytes, handshakeTimeout, pingInterval, idleTimeout, requestTimeout,
                    banDuration, dialBackoffInitial, dialBackoffMax, maintenanceInterval, peerExchangeInterval,
                    rebroadcastInterval, maxPeers, outboundQueueFrames, outboundQueueBytes, filter, agent);
        }
    }
}
