package dev.ccoin.node.p2p;

import static dev.ccoin.node.p2p.TestNet.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.MutableClock;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.node.api.ApiServer;
import dev.ccoin.node.network.AdmissionStatus;
import dev.ccoin.node.p2p.TestNet.Member;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A connection flood against a real node (protocol §8 step 1): hundreds of connections from a hundred loopback addresses
 * that never answer their puzzle. The flooded node's network runs on a {@link MutableClock}, so the seconds of the
 * difficulty rule pass when the test says: the bits rise by 2 per overloaded second up to the ceiling, the HTTP API
 * still answers, a connected peer stays, an honest node joins during the flood (through admission, TLS and
 * {@code HEY}) and syncs, and after the flood the bits fall back.
 */
class AdmissionFloodTest {
    private static final int FLOOD_IPS = 100;
    private static final int PER_IP = 3;
    private static final int BLOCKS = 50;

    @TempDir
    Path dir;

    private final ChainParams params = TestChain.params(3);

    @Test
    void aFloodRaisesTheBitsWhileHonestPeersStillJoinAndSync() throws IOException, InterruptedException {
        MutableClock clock = new MutableClock(System.currentTimeMillis());
        P2pConfig config = TestNet.fastConfig().toBuilder().maxAdmissionBits(16).build();
        List<SpecClient> flood = new ArrayList<>();
        ApiServer api = null;
        try (TestNet net = new TestNet(dir, params)) {
            Member target = net.basic(List.of(), config, clock);
            api = ApiServer.start(target.node(), target.network(), Optional.of(target.network().nodeId()),
                    "127.0.0.1", 0);
            List<Block> chain = new ChainFactory(params).blocks(BLOCKS);
            ChainFactory.importAll(target.node(), chain);
            Member peer = net.basic(List.of(target.endpoint()), config);
            Await.until(DEADLINE, "a peer connected", () -> target.peerCount() == 1);

            int port = target.network().listenPort();
            for (int ip = 1; ip <= FLOOD_IPS; ip++) {
                for (int i = 0; i < PER_IP; i++) {
                    flood.add(SpecClient.connect(port, "127.0.2." + ip));
                }
            }
            Await.until(DEADLINE, "the flood waiting", () -> target.network().admission().pending()
                    == FLOOD_IPS * PER_IP);
            for (int second = 1; second <= 4; second++) {
                clock.advance(1_000);
                int expected = 8 + 2 * second;
                Await.until(DEADLINE, "bits at " + expected, () -> target.network().admission().bits() == expected);
            }
            clock.advance(1_000);
            assertThat(target.network().admission().bits()).as("at the ceiling").isEqualTo(16);
            assertThat(status(api.port())).as("the API during the flood").isEqualTo(200);

            Member late = net.basic(List.of(target.endpoint()), config);
            Await.until(DEADLINE, "the late node synced during the flood", () ->
                    late.node().chain().head().hash().equals(target.node().chain().head().hash()));
            assertThat(target.peerCount()).as("the first peer and the late one").isEqualTo(2);
            assertThat(peer.peerCount()).isEqualTo(1);
            assertThat(late.network().admission().puzzlesSolvedAsInitiator()).isEqualTo(1);

            flood.forEach(SpecClient::close);
            Await.until(DEADLINE, "the flood gone", () -> target.network().admission().pending() == 0);
            // The second the flood ended in was still crowded: the calm seconds count from its end.
            clock.advance(1_000);
            for (int calm = 1; calm <= 8; calm++) {
                clock.advance(10_000);
                int expected = 16 - calm;
                Await.until(DEADLINE, "bits at " + expected, () -> target.network().admission().bits() == expected);
            }
            AdmissionStatus after = target.network().admission();
            assertThat(after.issued()).isGreaterThanOrEqualTo(FLOOD_IPS * PER_IP + 2);
            assertThat(after.solved()).isGreaterThanOrEqualTo(2);
            assertThat(after.failed()).isGreaterThanOrEqualTo(FLOOD_IPS * PER_IP);
        } finally {
            flood.forEach(SpecClient::close);
            if (api != null) {
                api.close();
            }
        }
    }

    private static int status(int port) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/status")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
