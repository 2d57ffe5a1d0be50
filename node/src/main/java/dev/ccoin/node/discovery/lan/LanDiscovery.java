package dev.ccoin.node.discovery.lan;

import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Hash32;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.security.KeyPair;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's LAN discovery (protocol §9.2): joins the multicast group on the configured interfaces, receives and screens
 * announcements on a {@code ccoin-lan-receive} thread, and sends its own at start and every 5 s on the injected
 * scheduler. Both threads come from the node's scheduler. {@link #close} stops the sending (no announcement goes out
 * after it returns) and closes both channels, which ends the receiver. Thread-safe.
 */
public final class LanDiscovery implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LanDiscovery.class);

    private final DatagramChannel receiving;
    private final DatagramChannel sending;
    private final ScheduledExecutorService sendThread;
    private final Object lock = new Object();
    private ScheduledFuture<?> rounds;
    private boolean closed;

    private LanDiscovery(DatagramChannel receiving, DatagramChannel sending, ScheduledExecutorService sendThread) {
        this.receiving = receiving;
        this.sending = sending;
        this.sendThread = sendThread;
    }

    /**
     * Starts LAN discovery for the node with key {@code nodeKey} on network ({@code networkId}, {@code genesisHash})
     * that listens for peers on {@code p2pPort}; verified announcements of others go to {@code peers}.
     */
    public static LanDiscovery start(LanConfig config, KeyPair nodeKey, long networkId, Hash32 genesisHash,
            int p2pPort, AnnouncedPeers peers, LanCounters counters, ScheduledExecutorService sendThread,
            ThreadFactory receiveThreads, Clock clock) {
        List<NetworkInterface> interfaces = config.interfaces();
        if (interfaces.isEmpty()) {
            LOG.warn("LAN discovery has no interface that is up and can multicast; name one with --lan-interface");
        }
        DatagramChannel receiving = null;
        DatagramChannel sending = null;
        try {
            receiving = DatagramChannel.open(StandardProtocolFamily.INET)
                    .setOption(StandardSocketOptions.SO_REUSEADDR, true)
                    .bind(new InetSocketAddress(config.port()));
            for (NetworkInterface networkInterface : interfaces) {
                receiving.join(config.group(), networkInterface);
            }
            sending = DatagramChannel.open(StandardProtocolFamily.INET)
                    .setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
        } catch (IOException e) {
            closeQuietly(receiving);
            closeQuietly(sending);
            throw new UncheckedIOException("cannot join LAN group " + config.group().getHostAddress() + " port "
                    + config.port() + ": " + e.getMessage(), e);
        }
        LanDiscovery discovery = new LanDiscovery(receiving, sending, sendThread);
        AnnouncementScreen screen = new AnnouncementScreen(networkId, genesisHash,
                RsaKeys.address(nodeKey.getPublic()), clock);
        Thread receiver = receiveThreads.newThread(new LanReceiver(receiving, screen, counters, peers));
        receiver.setName("ccoin-lan-receive");
        receiver.start();
        LanSender sender = new LanSender(sending, interfaces, new InetSocketAddress(config.group(), config.port()),
                nodeKey, networkId, genesisHash, p2pPort, clock, counters);
        synchronized (discovery.lock) {
            discovery.rounds = sendThread.scheduleWithFixedDelay(sender, 0, LanSender.INTERVAL.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        LOG.info("LAN discovery on {}:{} via {}", config.group().getHostAddress(), config.port(),
                interfaces.stream().map(NetworkInterface::getName).toList());
        return discovery;
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            rounds.cancel(false);
        }
        // The send thread is this component's alone: ending it waits out a round in progress.
        sendThread.shutdown();
        try {
            sendThread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(sending);
        closeQuietly(receiving);
    }

    private static void closeQuietly(DatagramChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing more to release.
            }
        }
    }
}
