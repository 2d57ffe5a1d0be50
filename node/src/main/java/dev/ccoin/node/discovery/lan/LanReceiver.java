package dev.ccoin.node.discovery.lan;

import dev.ccoin.node.config.HostPort;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads datagrams from the multicast channel, has the {@link AnnouncementScreen} judge each, counts the outcome and
 * hands a verified announcement, with the datagram's source address as its host (never a field of it), to
 * {@link AnnouncedPeers} as a dial candidate for 30 s. Reads at most one byte past the limit, so an oversized
 * datagram costs no more than a legal one. Runs on one thread, which owns the channel's reads and the screen;
 * closing the channel ends it.
 */
final class LanReceiver implements Runnable {
    static final Duration CANDIDATE_LIFETIME = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(LanReceiver.class);

    private final DatagramChannel channel;
    private final AnnouncementScreen screen;
    private final LanCounters counters;
    private final AnnouncedPeers peers;

    LanReceiver(DatagramChannel channel, AnnouncementScreen screen, LanCounters counters, AnnouncedPeers peers) {
        this.channel = channel;
        this.screen = screen;
        this.counters = counters;
        this.peers = peers;
    }

    @Override
    public void run() {
        byte[] bytes = new byte[LanAnnouncement.MAX_DATAGRAM_BYTES + 1];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (channel.isOpen()) {
            buffer.clear();
            InetSocketAddress source;
            try {
                source = (InetSocketAddress) channel.receive(buffer);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.warn("LAN receive failed: {}", e.toString());
                continue;
            }
            // A datagram longer than the buffer is cut to it: a full buffer means over the limit.
            Verdict verdict = screen.judge(bytes, buffer.position());
            verdict.drop().ifPresent(counters::dropped);
            verdict.announcement().ifPresent(announcement -> {
                counters.accepted();
                HostPort endpoint = new HostPort(source.getAddress().getHostAddress(), announcement.p2pPort());
                LOG.debug("LAN announcement of {} at {}", announcement.nodeId(), endpoint);
                peers.announced(announcement.nodeId(), endpoint, CANDIDATE_LIFETIME);
            });
        }
    }
}
