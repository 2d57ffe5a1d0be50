package dev.ccoin.node.p2p.peers;

import static dev.ccoin.node.p2p.TestNet.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.network.PeerInfo;
import dev.ccoin.node.p2p.ChainFactory;
import dev.ccoin.node.p2p.P2pConfig;
import dev.ccoin.node.p2p.PeerListener;
import dev.ccoin.node.p2p.RawPeer;
import dev.ccoin.node.p2p.TestNet;
import dev.ccoin.node.p2p.TestNet.Member;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.framing.FrameEncoder;
import dev.ccoin.node.p2p.messages.BlocksRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlowReaderTest {
    private static final int MAX_REQUESTS = 2_000;

    @TempDir
    Path dir;

    private final ChainParams params = TestChain.params(3);
    private final P2pConfig config = TestNet.fastConfig().toBuilder()
            .outboundQueueFrames(64)
            .outboundQueueBytes(256 * 1024)
            .build();

    @Test
    void peerThatAsksButNeverReadsIsDroppedWhenItsQueueOverflows() {
        try (TestNet net = new TestNet(dir, params)) {
            Member node = net.basic(List.of(), config);
            ChainFactory factory = new ChainFactory(params);
            ChainFactory.importAll(node.node(), factory.blocks(140));
            List<PeerDeparture> departures = new CopyOnWriteArrayList<>();
            node.network().addPeerListener(new PeerListener() {
                @Override
                public void connectionEnded(PeerDeparture departure) {
                    departures.add(departure);
                }
            });
            Address rawId = TestChain.address(TestKeys.get(TestNet.RAW_KEYS));
            BlocksRequest everything = new BlocksRequest(List.of(factory.genesis().hash()), 128);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();

            try (RawPeer greedy = RawPeer.connect(node.network().listenPort(), TestKeys.get(TestNet.RAW_KEYS))) {
                greedy.handshake(params);
                byte[] request = FrameEncoder.encode(everything);
                for (int i = 0; i < MAX_REQUESTS && System.nanoTime() < deadline && greedy.sendRaw(request); i++) {
                    if (departures.stream().anyMatch(d -> d.nodeId().filter(rawId::equals).isPresent())) {
                        break;
                    }
                }
                Await.until(DEADLINE, "the greedy peer dropped", () -> departures.stream()
                        .anyMatch(d -> d.nodeId().filter(rawId::equals).isPresent()));
            }

            assertThat(departures).filteredOn(d -> d.nodeId().filter(rawId::equals).isPresent())
                    .extracting(PeerDeparture::reason).containsExactly(DisconnectReason.QUEUE_OVERFLOW);
            assertThat(node.network().peers()).extracting(PeerInfo::nodeId).doesNotContain(rawId);
            assertThat(node.network().isBanned(rawId)).isFalse();
        }
    }
}
