package dev.ccoin.node.discovery.lan;

import dev.ccoin.core.types.Hash32;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends this node's announcement, freshly signed with {@code seq} = the clock's ms, once on each interface (TTL 0 on
 * loopback, else 1) each time it runs — at start and every {@value #INTERVAL_SECONDS} s. Runs on one scheduler
 * thread, which owns the sending channel; a failed send is logged and retried at the next round.
 */
final class LanSender implements Runnable {
    static final int INTERVAL_SECONDS = 5;
    static final Duration INTERVAL = Duration.ofSeconds(INTERVAL_SECONDS);
    private static final Logger LOG = LoggerFactory.getLogger(LanSender.class);

    private final DatagramChannel channel;
    private final List<NetworkInterface> interfaces;
    private final InetSocketAddress target;
    private final KeyPair key;
    private final long networkId;
    private final Hash32 genesisHash;
    private final int p2pPort;
    private final Clock clock;
    private final LanCounters counters;
    private long lastSeq;

    LanSender(DatagramChannel channel, List<NetworkInterface> interfaces, InetSocketAddress target, KeyPair key,
            long networkId, Hash32 genesisHash, int p2pPort, Clock clock, LanCounters counters) {
        this.channel = channel;
        this.interfaces = List.copyOf(interfaces);
        this.target = target;
        this.key = key;
        this.networkId = networkId;
        this.genesisHash = genesisHash;
        this.p2pPort = p2pPort;
        this.clock = clock;
        this.counters = counters;
    }

    @Override
    public void run() {
        // Strictly increasing even if the clock stands still or steps back: receivers drop a seq not above the last.
        long seq = Math.max(clock.millis(), lastSeq + 1);
        lastSeq = seq;
        byte[] datagram = LanAnnouncement.signed(key, networkId, genesisHash, p2pPort, seq).datagram();
        for (NetworkInterface networkInterface : interfaces) {
            try {
                channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, networkInterface);
                channel.setOption(StandardSocketOptions.IP_MULTICAST_TTL, LanConfig.ttl(networkInterface));
                channel.send(ByteBuffer.wrap(datagram), target);
                counters.sent();
            } catch (IOException e) {
                LOG.warn("LAN announcement on {} failed: {}", networkInterface.getName(), e.toString());
            }
        }
    }
}
