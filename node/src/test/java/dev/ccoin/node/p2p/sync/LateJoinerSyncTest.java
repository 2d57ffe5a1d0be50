package dev.ccoin.node.p2p.sync;

import static dev.ccoin.node.p2p.TestNet.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.node.network.SyncStatus;
import dev.ccoin.node.p2p.ChainFactory;
import dev.ccoin.node.p2p.P2pConfig;
import dev.ccoin.node.p2p.TestNet;
import dev.ccoin.node.p2p.TestNet.Member;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LateJoinerSyncTest {
    private static final int BLOCKS = 2_000;

    @TempDir
    Path dir;

    private final ChainParams params = TestChain.params(3);
    private final P2pConfig config = TestNet.fastConfig();

    @Test
    void lateJoinerSyncsThousandsOfBlocksInPagesAndReportsProgress() {
        try (TestNet net = new TestNet(dir, params)) {
            Member first = net.basic(List.of(), config);
            List<Block> chain = new ChainFactory(params).blocks(BLOCKS);
            ChainFactory.importAll(first.node(), chain);
            assertThat(first.node().chain().head().hash()).isEqualTo(chain.get(BLOCKS - 1).hash());

            Member late = net.basic(List.of(first.endpoint()), config);
            AtomicLong syncingTarget = new AtomicLong(-1);
            Await.until(DEADLINE, "the late node at the first node's head", () -> {
                SyncStatus status = late.network().syncStatus();
                if (status.state() == SyncStatus.State.SYNCING) {
                    syncingTarget.set(status.targetHeight());
                }
                return late.node().chain().head().hash().equals(first.node().chain().head().hash());
            });

            assertThat(late.node().chain().head().height()).isEqualTo(BLOCKS);
            assertThat(late.node().chain().blockAt(BLOCKS / 2)).contains(chain.get(BLOCKS / 2 - 1));
            assertThat(syncingTarget.get()).as("target height shown while SYNCING").isEqualTo(BLOCKS);
            Await.until(DEADLINE, "SYNCED", () -> late.network().syncStatus().state() == SyncStatus.State.SYNCED);
        }
    }
}
