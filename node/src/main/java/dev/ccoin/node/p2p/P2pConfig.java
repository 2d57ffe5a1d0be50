package dev.ccoin.node.p2p;

import dev.ccoin.core.chain.BlockLimits;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * The network's settings, made by a {@link Builder} that starts from the spec's defaults: 8 MiB frames, 5 s for each
 * step of the handshake (the TLS handshake, the {@code HEY} exchange), a ping every 15 s, 60 s idle timeout, 10 s request timeout (5 s for transaction bodies), 10 minute bans. Dialling backs off from 1 s
 * to at most 60 s; maintenance ticks every second; peer lists are asked for every minute while there is room;
 * transactions waiting in the pool longer than 15 s are announced to every peer again every 15 s; a peer's outbound
 * queue holds at most 4 096 frames and 32 MiB. Admission puzzles start at 8 bits and rise to at most 24 when more than
 * 20 are issued in a second or over half of the 512 pending slots are taken; as initiator the node solves puzzles of
 * at most 24 bits. {@code maxPeers} empty means the chain's {@code max_peers}. Tests
 * shorten the intervals and set a {@link PeerFilter}, naming each setting they change. Immutable.
 */
public record P2pConfig(
        int maxFrameBytes,
        Duration handshakeTimeout,
        Duration pingInterval,
        Duration idleTimeout,
        Duration requestTimeout,
        Duration fetchTimeout,
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
        String agent,
        int admissionBits,
        int maxAdmissionBits,
        int admissionRate,
        int maxPending,
        int maxSolveBits) {

    public static final String DEFAULT_AGENT = "ccoin/0.1.0";

    /** The spec's defaults. */
    public static P2pConfig defaults() {
        return builder().build();
    }

    /** A builder holding the spec's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Settings by name; the defaults are the spec's. One thread only. */
    public static final class Builder {
        private int maxFrameBytes = BlockLimits.MAX_FRAME_BYTES;
        private Duration handshakeTimeout = Duration.ofSeconds(5);
        private Duration pingInterval = Duration.ofSeconds(15);
        private Duration idleTimeout = Duration.ofSeconds(60);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private Duration fetchTimeout = Duration.ofSeconds(5);
        private Duration banDuration = Duration.ofMinutes(10);
        private Duration dialBackoffInitial = Duration.ofSeconds(1);
        private Duration dialBackoffMax = Duration.ofSeconds(60);
        private Duration maintenanceInterval = Duration.ofSeconds(1);
        private Duration peerExchangeInterval = Duration.ofSeconds(60);
        private Duration rebroadcastInterval = Duration.ofSeconds(15);
        private OptionalInt maxPeers = OptionalInt.empty();
        private int outboundQueueFrames = 4096;
        private long outboundQueueBytes = 32L * 1024 * 1024;
        private PeerFilter filter = PeerFilter.ALLOW_ALL;
        private String agent = DEFAULT_AGENT;
        private int admissionBits = 8;
        private int maxAdmissionBits = 24;
        private int admissionRate = 20;
        private int maxPending = 512;
        private int maxSolveBits = 24;

        private Builder() {
        }

        private Builder(P2pConfig c) {
            maxFrameBytes = c.maxFrameBytes;
            handshakeTimeout = c.handshakeTimeout;
            pingInterval = c.pingInterval;
            idleTimeout = c.idleTimeout;
            requestTimeout = c.requestTimeout;
            fetchTimeout = c.fetchTimeout;
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
            admissionBits = c.admissionBits;
            maxAdmissionBits = c.maxAdmissionBits;
            admissionRate = c.admissionRate;
            maxPending = c.maxPending;
            maxSolveBits = c.maxSolveBits;
        }

        public Builder maxFrameBytes(int maxFrameBytes) {
            this.maxFrameBytes = maxFrameBytes;
            return this;
        }

        public Builder handshakeTimeout(Duration handshakeTimeout) {
            this.handshakeTimeout = handshakeTimeout;
            return this;
        }

        public Builder pingInterval(Duration pingInterval) {
            this.pingInterval = pingInterval;
            return this;
        }

        public Builder idleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
            return this;
        }

        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        /** How long a peer may leave a transaction request ({@code TGR}) unanswered before it is dropped. */
        public Builder fetchTimeout(Duration fetchTimeout) {
            this.fetchTimeout = fetchTimeout;
            return this;
        }

        public Builder banDuration(Duration banDuration) {
            this.banDuration = banDuration;
            return this;
        }

        public Builder dialBackoffInitial(Duration dialBackoffInitial) {
            this.dialBackoffInitial = dialBackoffInitial;
            return this;
        }

        public Builder dialBackoffMax(Duration dialBackoffMax) {
            this.dialBackoffMax = dialBackoffMax;
            return this;
        }

        public Builder maintenanceInterval(Duration maintenanceInterval) {
            this.maintenanceInterval = maintenanceInterval;
            return this;
        }

        public Builder peerExchangeInterval(Duration peerExchangeInterval) {
            this.peerExchangeInterval = peerExchangeInterval;
            return this;
        }

        /** How often pooled transactions are offered again. */
        public Builder rebroadcastInterval(Duration rebroadcastInterval) {
            this.rebroadcastInterval = rebroadcastInterval;
            return this;
        }

        /** At most this many peers, instead of the chain's {@code max_peers}. */
        public Builder maxPeers(int maxPeers) {
            this.maxPeers = OptionalInt.of(maxPeers);
            return this;
        }

        public Builder outboundQueueFrames(int outboundQueueFrames) {
            this.outboundQueueFrames = outboundQueueFrames;
            return this;
        }

        public Builder outboundQueueBytes(long outboundQueueBytes) {
            this.outboundQueueBytes = outboundQueueBytes;
            return this;
        }

        /** Which peers may connect and be dialled. */
        public Builder filter(PeerFilter filter) {
            this.filter = filter;
            return this;
        }

        /** The agent string sent in the handshake. */
        public Builder agent(String agent) {
            this.agent = agent;
            return this;
        }

        /** The difficulty of admission puzzles when the node is calm ({@code p2p.admission_bits}). */
        public Builder admissionBits(int admissionBits) {
            this.admissionBits = admissionBits;
            return this;
        }

        /** The highest difficulty of admission puzzles under load ({@code p2p.max_admission_bits}). */
        public Builder maxAdmissionBits(int maxAdmissionBits) {
            this.maxAdmissionBits = maxAdmissionBits;
            return this;
        }

        /** Puzzles per second above which a second counts as overloaded ({@code p2p.admission_rate}). */
        public Builder admissionRate(int admissionRate) {
            this.admissionRate = admissionRate;
            return this;
        }

        /** Connections waiting for admission at most ({@code p2p.max_pending}). */
        public Builder maxPending(int maxPending) {
            this.maxPending = maxPending;
            return this;
        }

        /** The hardest admission puzzle this node solves as initiator ({@code p2p.max_solve_bits}). */
        public Builder maxSolveBits(int maxSolveBits) {
            this.maxSolveBits = maxSolveBits;
            return this;
        }

        public P2pConfig build() {
            return new P2pConfig(maxFrameBytes, handshakeTimeout, pingInterval, idleTimeout, requestTimeout, fetchTimeout,
                    banDuration, dialBackoffInitial, dialBackoffMax, maintenanceInterval, peerExchangeInterval,
                    rebroadcastInterval, maxPeers, outboundQueueFrames, outboundQueueBytes, filter, agent, admissionBits,
                    maxAdmissionBits, admissionRate, maxPending, maxSolveBits);
        }
    }
}
