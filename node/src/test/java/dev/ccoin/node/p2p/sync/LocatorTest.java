package dev.ccoin.node.p2p.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.node.chain.ChainView;
import dev.ccoin.node.p2p.ChainFactory;
import dev.ccoin.node.p2p.TestNet;
import dev.ccoin.node.p2p.TestNet.Member;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocatorTest {
    @TempDir
    Path dir;

    private final ChainParams params = TestChain.params(3);

    @Test
    void heightsGoBackOneTwoFourEightThenEndAtGenesis() {
        assertThat(Locator.heightsBelow(20)).containsExactly(19L, 18L, 16L, 12L, 4L, 0L);
        assertThat(Locator.heightsBelow(16)).containsExactly(15L, 14L, 12L, 8L, 0L);
        assertThat(Locator.heightsBelow(1)).containsExactly(0L);
        assertThat(Locator.heightsBelow(0)).isEmpty();
    }

    @Test
    void locatorOfTheHeadNamesCanonicalBlocksAtThoseHeights() {
        try (TestNet net = new TestNet(dir, params)) {
            Member node = net.basic(List.of(), TestNet.fastConfig());
            ChainFactory factory = new ChainFactory(params);
            List<Block> blocks = factory.blocks(20);
            ChainFactory.importAll(node.node(), blocks);
            ChainView chain = node.node().chain();

            assertThat(Locator.of(chain, chain.head().block())).containsExactly(blocks.get(19).hash(),
                    blocks.get(18).hash(), blocks.get(17).hash(), blocks.get(15).hash(), blocks.get(11).hash(),
                    blocks.get(3).hash(), factory.genesis().hash());
        }
    }

    @Test
    void locatorOfASideBranchTipFollowsTheBranchDownToTheCanonicalChain() {
        try (TestNet net = new TestNet(dir, params)) {
            Member node = net.basic(List.of(), TestNet.fastConfig());
            ChainFactory factory = new ChainFactory(params);
            List<Block> main = factory.blocks(10);
            ChainFactory.importAll(node.node(), main);
            // Heights 7..9 on block 6: lighter than the main chain's ten blocks, so a side branch.
            List<Block> branch = factory.extend(main.get(5), 3, builder -> builder.data(Bytes.utf8("side")));
            ChainFactory.importAll(node.node(), branch);
            ChainView chain = node.node().chain();
            assertThat(chain.head().hash()).isEqualTo(main.get(9).hash());

            // Tip at 9 on the branch: 9 (tip), 8, 7 on the branch, then canonical 5, 1, genesis.
            assertThat(Locator.of(chain, branch.get(2))).containsExactly(branch.get(2).hash(), branch.get(1).hash(),
                    branch.get(0).hash(), main.get(4).hash(), main.get(0).hash(), factory.genesis().hash());
        }
    }

    @Test
    void locatorAfterABlockNotYetStoredStartsWithItThenGoesOnFromTheStoredTip() {
        try (TestNet net = new TestNet(dir, params)) {
            Member node = net.basic(List.of(), TestNet.fastConfig());
            ChainFactory factory = new ChainFactory(params);
            List<Block> blocks = factory.blocks(12);
            ChainFactory.importAll(node.node(), blocks.subList(0, 8));
            ChainView chain = node.node().chain();

            // Blocks 9..12 arrived in a page and are not imported yet; the next page follows block 12.
            assertThat(Locator.following(blocks.get(11), chain, blocks.get(7))).containsExactly(
                    blocks.get(11).hash(), blocks.get(7).hash(), blocks.get(6).hash(), blocks.get(5).hash(),
                    blocks.get(3).hash(), factory.genesis().hash());
        }
    }
}
