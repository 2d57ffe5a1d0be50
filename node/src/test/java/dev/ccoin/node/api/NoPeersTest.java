package dev.ccoin.node.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.node.network.SyncStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoPeersTest {
    @TempDir
    Path dataDir;

    @Test
    void nodeWithoutPeersIsSyncedAtItsOwnHead() {
        try (TestApi api = TestApi.start(dataDir)) {
            api.awaitHeight(1);
            api.stopMining();
            NoPeers network = new NoPeers(api.node().chain());

            assertThat(network.peers()).isEmpty();
            assertThat(network.listenPort()).isZero();
            assertThat(network.syncStatus().state()).isEqualTo(SyncStatus.State.SYNCED);
            assertThat(network.syncStatus().currentHeight()).isEqualTo(api.node().chain().head().height());
            assertThat(api.get("/peers").json().get("peers")).isEmpty();
        }
    }
}
