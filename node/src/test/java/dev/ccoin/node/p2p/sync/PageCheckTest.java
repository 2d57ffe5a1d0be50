package dev.ccoin.node.p2p.sync;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.node.p2p.ChainFactory;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.framing.ProtocolViolationException;
import dev.ccoin.node.p2p.messages.BlocksPage;
import dev.ccoin.node.p2p.messages.BlocksRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The synchroniser's checks that an {@code ABL} answers the {@code RBL} it was sent for. */
class PageCheckTest {
    private static final ChainParams PARAMS = TestChain.params(3);
    private static final ChainFactory FACTORY = new ChainFactory(PARAMS);
    private static final List<Block> BLOCKS = FACTORY.blocks(6);
    private final BlocksRequest fromGenesis = new BlocksRequest(List.of(FACTORY.genesis().hash()), 4);

    @Test
    void pageRunningOnFromALocatorBlockIsAccepted() {
        assertThatCode(() -> Synchronizer.checkAnswers(fromGenesis, new BlocksPage(BLOCKS.subList(0, 4))))
                .doesNotThrowAnyException();
    }

    @Test
    void pageLongerThanAskedForIsABadResponse() {
        assertBadResponse(fromGenesis, BLOCKS.subList(0, 5));
    }

    @Test
    void pageStartingAfterABlockNotInTheLocatorIsABadResponse() {
        assertBadResponse(fromGenesis, BLOCKS.subList(1, 3));
    }

    @Test
    void pageWithAGapIsABadResponse() {
        assertBadResponse(fromGenesis, List.of(BLOCKS.get(0), BLOCKS.get(2)));
    }

    @Test
    void pageOutOfOrderIsABadResponse() {
        assertBadResponse(fromGenesis, List.of(BLOCKS.get(0), BLOCKS.get(1), BLOCKS.get(1)));
    }

    private static void assertBadResponse(BlocksRequest request, List<Block> blocks) {
        assertThatThrownBy(() -> Synchronizer.checkAnswers(request, new BlocksPage(blocks)))
                .isInstanceOfSatisfying(ProtocolViolationException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.reason())
                                .isEqualTo(DisconnectReason.BAD_RESPONSE));
    }
}
