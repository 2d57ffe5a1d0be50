package dev.ccoin.node.discovery.lan;

import static dev.ccoin.node.p2p.TestNet.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.MutableClock;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.Node;
import dev.ccoin.node.network.PeerInfo;
import dev.ccoin.node.p2p.Heads;
import dev.ccoin.node.p2p.P2pConfig;
import dev.ccoin.node.p2p.PeerListener;
import dev.ccoin.node.p2p.TestNet;
import dev.ccoin.node.p2p.TestNet.Member;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.peers.PeerDeparture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real nodes with LAN discovery on the loopback interface, each test on a multicast group and port of its own.
 */
class LanDiscoveryTest {
    @TempDir
    Path dir;

    private final P2pConfig config = TestNet.fastConfig();
    private final LanConfig lan = uniqueGroup();

    /** A group and a free port no other test uses at the same time. */
    static LanConfig uniqueGroup() {
        try (DatagramSocket probe = new DatagramSocket(0)) {
            int last = ThreadLocalRandom.current().nextInt(1, 255);
            return LanConfig.of("239.255.68." + last, probe.getLocalPort(), Optional.of("lo"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LanDiscovery startLan(Member member, LanConfig settings, LanCounters counters, Clock clock) {
        Node node = member.node();
        return LanDiscovery.start(settings, member.network().nodeKey().keyPair(), node.chain().params().networkId(),
                node.chain().blockAt(0).orElseThrow().hash(), member.network().listenPort(),
                member.network()::addAnnounced, counters, node.threads().scheduler("ccoin-lan-send"),
                node.threads().threads("ccoin-lan-receive"), clock);
    }

    @Test
    void threeValidatorsWithNothingButLanDiscoveryFindEachOtherAndSealTogether() {
        try (TestNet net = new TestNet(dir, TestChain.params(3))) {
            List<Member> all = List.of(net.validator(0, List.of(), config), net.validator(1, List.of(), config),
                    net.validator(2, List.of(), config));
            List<LanDiscovery> discoveries = new ArrayList<>();
            try {
                for (Member member : all) {
                    discoveries.add(startLan(member, lan, new LanCounters(), Clock.systemUTC()));
                }
                Await.until(DEADLINE, "every validator peered with the other two", () -> Heads.meshed(all, 2));
                Await.until(DEADLINE, "height 6 everywhere", () -> Heads.atLeast(all, 6));
                Await.until(DEADLINE, "one head everywhere", () -> Heads.same(all));

                Node first = all.get(0).node();
                Set<Address> sealers = LongStream.rangeClosed(1, 6)
                        .mapToObj(height -> first.chain().blockAt(height).orElseThrow().header().miner())
                        .collect(Collectors.toSet());
                assertThat(sealers).as("authorities that sealed heights 1..6 of one chain").hasSizeGreaterThan(1);
                assertThat(all.stream().flatMap(m -> m.network().peers().stream())
                        .filter(peer -> peer.direction() == PeerInfo.Direction.OUTBOUND))
                        .isNotEmpty()
                        .allMatch(peer -> peer.source() == PeerInfo.Source.LAN);
            } finally {
                discoveries.forEach(LanDiscovery::close);
            }
        }
    }

    @Test
    void hostileDatagramsMakeNoDialAndAreCountedWhileAnHonestOneIsDialled() throws IOException {
        MutableClock lanClock = new MutableClock(System.currentTimeMillis());
        LanCounters counters = new LanCounters();
        try (TestNet net = new TestNet(dir, TestChain.params(1));
                ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                DatagramChannel sender = loopbackSender()) {
            Member node = net.basic(List.of(), config);
            Member honest = net.basic(List.of(), config);
            long networkId = node.node().chain().params().networkId();
            byte[] genesis = node.node().chain().blockAt(0).orElseThrow().hash().toArray();
            KeyPair forger = TestKeys.get(TestNet.RAW_KEYS);
            int trapPort = trap.getLocalPort();
            try (LanDiscovery discovery = startLan(node, lan, counters, lanClock)) {
                long now = lanClock.millis();
                byte[] valid = IndependentEncoder.datagram(forger, networkId, genesis, trapPort, now);
                byte[] badSignature = IndependentEncoder.datagram(networkId, genesis,
                        forger.getPublic().getEncoded(), trapPort, now, new byte[256]);
                send(sender, Arrays.copyOf(valid, 1_300));
                send(sender, Arrays.copyOf(valid, valid.length - 20));
                send(sender, IndependentEncoder.datagram(forger, networkId, new byte[32], trapPort, now));
                send(sender, IndependentEncoder.datagram(forger, networkId, genesis, trapPort, now - 60_000));
                send(sender, badSignature);
                awaitDrops(counters, LanDropReason.OVERSIZE, 1);
                awaitDrops(counters, LanDropReason.MALFORMED, 1);
                awaitDrops(counters, LanDropReason.WRONG_NETWORK, 1);
                awaitDrops(counters, LanDropReason.STALE_SEQ, 1);
                awaitDrops(counters, LanDropReason.BAD_SIGNATURE, 1);

                // The budget's clock stands still: the burst gets the 99 checks left of this second, no more.
                for (int i = 0; i < 10_000; i++) {
                    send(sender, badSignature);
                }
                // The receiver reads in order: once a later datagram is counted, the burst has been screened (or
                // lost in the socket buffer). The marker is sent again until one gets through a full buffer.
                byte[] marker = {'n', 'o', 'n', 'e'};
                Await.until(DEADLINE, "the burst screened", () -> {
                    sendQuietly(sender, marker);
                    return counters.droppedCount(LanDropReason.NO_MAGIC) > 0;
                });
                assertThat(counters.droppedCount(LanDropReason.BAD_SIGNATURE)).isEqualTo(100);
                assertThat(counters.droppedCount(LanDropReason.RATE_LIMITED)).isPositive();
                lanClock.advance(1_000);

                byte[] announcement = IndependentEncoder.datagram(honest.key(), networkId, genesis,
                        honest.network().listenPort(), lanClock.millis());
                send(sender, announcement);
                Await.until(DEADLINE, "the announced node dialled", () -> node.network().peers().stream()
                        .anyMatch(peer -> peer.nodeId().equals(honest.network().nodeId())
                                && peer.source() == PeerInfo.Source.LAN));
                send(sender, announcement);
                awaitDrops(counters, LanDropReason.REPLAYED_SEQ, 1);

                assertThat(counters.acceptedCount()).isEqualTo(1);
                assertThat(node.network().peers()).hasSize(1);
                trap.setSoTimeout(1);
                assertThat(acceptsAny(trap)).as("a connection to the port of the hostile datagrams").isFalse();
            }
        }
    }

    @Test
    void announcedNodeIdIsPinnedWhenDialled() throws IOException {
        List<PeerDeparture> departures = new CopyOnWriteArrayList<>();
        try (TestNet net = new TestNet(dir, TestChain.params(1));
                DatagramChannel sender = loopbackSender()) {
            Member node = net.basic(List.of(), config);
            Member other = net.basic(List.of(), config);
            node.network().addPeerListener(new PeerListener() {
                @Override
                public void connectionEnded(PeerDeparture departure) {
                    departures.add(departure);
                }
            });
            long networkId = node.node().chain().params().networkId();
            byte[] genesis = node.node().chain().blockAt(0).orElseThrow().hash().toArray();
            try (LanDiscovery discovery = startLan(node, lan, new LanCounters(), Clock.systemUTC())) {
                // A genuine announcement of one key that names the port where another node listens.
                send(sender, IndependentEncoder.datagram(TestKeys.get(TestNet.RAW_KEYS), networkId, genesis,
                        other.network().listenPort(), System.currentTimeMillis()));

                Await.until(DEADLINE, "the dial refused for its node id", () -> departures.stream()
                        .anyMatch(d -> d.reason() == DisconnectReason.NODE_ID_MISMATCH));
                assertThat(node.network().peers()).isEmpty();
            }
        }
    }

    private DatagramChannel loopbackSender() throws IOException {
        return DatagramChannel.open(StandardProtocolFamily.INET)
                .setOption(StandardSocketOptions.IP_MULTICAST_IF, NetworkInterface.getByName("lo"))
                .setOption(StandardSocketOptions.IP_MULTICAST_TTL, 0);
    }

    private void send(DatagramChannel sender, byte[] datagram) throws IOException {
        sender.send(ByteBuffer.wrap(datagram), new InetSocketAddress(lan.group(), lan.port()));
    }

    private void sendQuietly(DatagramChannel sender, byte[] datagram) {
        try {
            send(sender, datagram);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitDrops(LanCounters counters, LanDropReason reason, long atLeast) {
        Await.until(DEADLINE, () -> atLeast + " drops for " + reason + ", " + counters.drops() + " so far",
                () -> counters.droppedCount(reason) >= atLeast);
    }

    private static boolean acceptsAny(ServerSocket trap) throws IOException {
        try {
            trap.accept().close();
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }
}
