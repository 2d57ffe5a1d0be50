package dev.ccoin.node.api.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.api.TestApi;
import dev.ccoin.node.network.AdmissionStatus;
import dev.ccoin.node.network.NetworkView;
import dev.ccoin.node.network.PeerInfo;
import dev.ccoin.node.network.SyncStatus;
import dev.ccoin.node.network.TrafficStatus;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeersApiTest {
    private static final PeerInfo PEER = new PeerInfo(TestChain.address(TestKeys.get(1)), "127.0.0.1", 5001,
            PeerInfo.Direction.OUTBOUND, PeerInfo.Source.LAN, 42, Hash32.parse("cd".repeat(32)), BigInteger.valueOf(1234),
            1_700_000_000_000L, "ccoin/test");

    /** One connected peer that reports more work: this node syncs from it. */
    private record OnePeer() implements NetworkView {
        @Override
        public List<PeerInfo> peers() {
            return List.of(PEER);
        }

        @Override
        public SyncStatus syncStatus() {
            return new SyncStatus(SyncStatus.State.SYNCING, 3, 42, 12.5);
        }

        @Override
        public int listenPort() {
            return 5000;
        }

        @Override
        public AdmissionStatus admission() {
            return new AdmissionStatus(12, 3, 2, 40, 30, 7, 5, 4, 0.5);
        }

        @Override
        public TrafficStatus traffic() {
            return TrafficStatus.NONE;
        }
    }

    @TempDir
    static Path dataDir;

    private static TestApi api;

    @BeforeAll
    static void startNode() {
        api = TestApi.start(dataDir, node -> new OnePeer());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void peersShowIdentityAddressDirectionHeadAndSince() {
        JsonNode peers = api.get("/peers").json();

        assertThat(peers.get("count").asInt()).isEqualTo(1);
        JsonNode peer = peers.get("peers").get(0);
        assertThat(peer.get("nodeId").asText()).isEqualTo(PEER.nodeId().toHex());
        assertThat(peer.get("host").asText()).isEqualTo("127.0.0.1");
        assertThat(peer.get("port").asInt()).isEqualTo(5001);
        assertThat(peer.get("direction").asText()).isEqualTo("outbound");
        assertThat(peer.get("source").asText()).isEqualTo("lan");
        assertThat(peer.get("headHeight").asLong()).isEqualTo(42);
        assertThat(peer.get("headHash").asText()).isEqualTo("cd".repeat(32));
        assertThat(peer.get("totalWork").asLong()).isEqualTo(1234);
        assertThat(peer.get("since").asLong()).isEqualTo(1_700_000_000_000L);
        assertThat(peer.get("agent").asText()).isEqualTo("ccoin/test");
    }

    @Test
    void statusCountsThePeersAndShowsTheSync() {
        JsonNode status = api.get("/status").json();

        assertThat(status.get("peerCount").asInt()).isEqualTo(1);
        assertThat(status.get("p2pPort").asInt()).isEqualTo(5000);
        assertThat(status.get("sync").get("state").asText()).isEqualTo("SYNCING");
        assertThat(status.get("sync").get("targetHeight").asLong()).isEqualTo(42);
        assertThat(status.get("sync").get("blocksPerSecond").asDouble()).isEqualTo(12.5);
        assertThat(status.get("admission").get("bits").asInt()).isEqualTo(12);
        assertThat(status.get("admission").get("pending").asInt()).isEqualTo(3);
        assertThat(status.get("admission").get("refusedIps").asInt()).isEqualTo(2);
    }

    @Test
    void metricsShowTheAdmission() {
        String text = api.get("/metrics").body();

        assertThat(text).contains("ccoin_admission_bits 12", "ccoin_admission_pending 3",
                "ccoin_admission_puzzles_issued_total 40", "ccoin_admission_puzzles_solved_total 30",
                "ccoin_admission_puzzles_failed_total 7", "ccoin_admission_refused_total 5",
                "ccoin_admission_solve_seconds_count 4");
    }
}
