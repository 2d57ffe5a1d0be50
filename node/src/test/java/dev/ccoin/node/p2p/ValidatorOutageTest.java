package dev.ccoin.node.p2p;

import static dev.ccoin.node.p2p.TestNet.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.config.NodeType;
import dev.ccoin.node.p2p.TestNet.Member;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorOutageTest {
    private static final int BLOCKS_WHILE_DOWN = 4;

    @TempDir
    Path dir;

    private final ChainParams params = TestChain.params(3);
    private final P2pConfig config = TestNet.fastConfig();

    @Test
    void twoValidatorsCoverForAStoppedOneWhichCatchesUpAfterRestart() {
        try (TestNet net = new TestNet(dir, params)) {
            Member v0 = net.validator(0, List.of(), config);
            Member v1 = net.validator(1, List.of(v0.endpoint()), config);
            Member v2 = net.validator(2, List.of(v0.endpoint()), config);
            Await.until(DEADLINE, "three peered validators at height 2",
                    () -> Heads.meshed(List.of(v0, v1, v2), 2) && Heads.atLeast(List.of(v0, v1, v2), 2));
            Address stopped = TestChain.address(v2.key());

            v2.close();
            long stoppedAt = v0.node().chain().head().height();
            Await.until(DEADLINE, BLOCKS_WHILE_DOWN + " blocks without the stopped validator",
                    () -> v0.node().chain().head().height() >= stoppedAt + BLOCKS_WHILE_DOWN);

            List<Block> sealedWhileDown = new ArrayList<>();
            for (long h = stoppedAt + 2; h <= stoppedAt + BLOCKS_WHILE_DOWN; h++) {
                sealedWhileDown.add(v0.node().chain().blockAt(h).orElseThrow());
            }
            assertThat(sealedWhileDown).extracting(b -> b.header().miner()).doesNotContain(stopped);
            assertThat(sealedWhileDown).filteredOn(b -> params.inTurnAuthority(b.height()).equals(stopped))
                    .as("the stopped validator's turns, sealed out of turn by the others").isNotEmpty();

            Member restarted = net.start(NodeType.VALIDATOR, v2.dir(), v2.key(), List.of(v0.endpoint()), config);
            long target = v0.node().chain().head().height();
            Await.until(DEADLINE, "the restarted validator caught up and agreeing",
                    () -> restarted.node().chain().head().height() >= target
                            && Heads.same(List.of(v0, v1, restarted)));
        }
    }
}
