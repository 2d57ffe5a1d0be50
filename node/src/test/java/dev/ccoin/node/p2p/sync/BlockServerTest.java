package dev.ccoin.node.p2p.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.chain.ChainView;
import dev.ccoin.node.p2p.ChainFactory;
import dev.ccoin.node.p2p.TestNet;
import dev.ccoin.node.p2p.TestNet.Member;
import dev.ccoin.node.p2p.messages.BlocksPage;
import dev.ccoin.node.p2p.messages.BlocksRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockServerTest {
    private static final int LENGTH = 140;

    @TempDir
    static Path dir;

    private static final ChainParams PARAMS = TestChain.params(3);
    private static final ChainFactory FACTORY = new ChainFactory(PARAMS);
    private static TestNet net;
    private static Member node;
    private static ChainView chain;
    private static List<Block> blocks;

    @BeforeAll
    static void chainOf140Blocks() {
        net = new TestNet(dir, PARAMS);
        node = net.basic(List.of(), TestNet.fastConfig());
        blocks = FACTORY.blocks(LENGTH);
        ChainFactory.importAll(node.node(), blocks);
        chain = node.node().chain();
    }

    @AfterAll
    static void stop() {
        net.close();
    }

    @Test
    void pageStartsAfterTheNewestLocatorHashOnOurChain() {
        BlocksRequest request = new BlocksRequest(List.of(Hash32.ZERO, blocks.get(9).hash(), blocks.get(4).hash()),
                5);

        BlocksPage page = new BlockServer(chain).page(request);

        assertThat(page.blocks()).containsExactlyElementsOf(blocks.subList(10, 15));
    }

    @Test
    void pageHoldsAtMost128BlocksWhateverIsAskedFor() {
        BlocksRequest request = new BlocksRequest(List.of(FACTORY.genesis().hash()), 1_000);

        BlocksPage page = new BlockServer(chain).page(request);

        assertThat(page.blocks()).hasSize(BlocksRequest.MAX_BLOCKS).first().isEqualTo(blocks.get(0));
    }

    @Test
    void pageStopsAtTheByteBudgetButCarriesAtLeastOneBlock() {
        int size = blocks.get(0).encode().length;
        BlocksRequest request = new BlocksRequest(List.of(FACTORY.genesis().hash()), 128);

        assertThat(new BlockServer(chain, 3 * size + size / 2).page(request).blocks()).hasSize(3);
        assertThat(new BlockServer(chain, 1).page(request).blocks()).hasSize(1);
    }

    @Test
    void pageAfterOurHeadIsEmpty() {
        BlocksRequest request = new BlocksRequest(List.of(blocks.get(LENGTH - 1).hash()), 128);

        assertThat(new BlockServer(chain).page(request).blocks()).isEmpty();
    }

    @Test
    void locatorSharingNothingWithOurChainGetsAnEmptyPage() {
        Block stranger = FACTORY.extend(blocks.get(2), 1, builder -> builder.data(Bytes.utf8("elsewhere"))).get(0);
        BlocksRequest request = new BlocksRequest(List.of(stranger.hash(), Hash32.ZERO), 128);

        assertThat(new BlockServer(chain).page(request).blocks()).isEmpty();
    }

    /** Adds a side branch, which leaves the canonical chain the other tests read as it was. */
    @Test
    void sideBranchHashInTheLocatorIsSkippedForTheCanonicalOneBelowIt() {
        List<Block> branch = FACTORY.extend(blocks.get(2), 2, builder -> builder.data(Bytes.utf8("side")));
        ChainFactory.importAll(node.node(), branch);
        BlocksRequest request = new BlocksRequest(List.of(branch.get(1).hash(), blocks.get(2).hash()), 2);

        assertThat(new BlockServer(chain).page(request).blocks()).containsExactly(blocks.get(3), blocks.get(4));
    }
}
