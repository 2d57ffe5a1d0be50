package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.merkle.TxRoot;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class TxRootRuleTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final TxRootRule rule = new TxRootRule();
    private final Transaction first = chain.tx().nonce(0).build();
    private final Transaction second = chain.tx().nonce(1).build();

    @Test
    void rootOverTheTransactionsIsAccepted() {
        rule.check(chain.block().transactions(first, second).build());
        rule.check(chain.block().build());
    }

    @Test
    void rootOfAnotherSetOfTransactionsIsRejected() {
        Block block = chain.block().transactions(first, second).txRoot(TxRoot.of(List.of(first.hash()))).build();

        assertThat(rejection(() -> rule.check(block)).reason()).isEqualTo(BlockReason.TX_ROOT_MISMATCH);
    }

    @Test
    void transactionsInAnotherOrderAreRejected() {
        Hash32 sealedOrder = TxRoot.of(List.of(first.hash(), second.hash()));
        Block reordered = chain.block().transactions(second, first).txRoot(sealedOrder).build();

        assertThat(rejection(() -> rule.check(reordered)).reason()).isEqualTo(BlockReason.TX_ROOT_MISMATCH);
    }

    @Test
    void emptyBlockMustHaveTheZeroRoot() {
        Block block = chain.block().txRoot(TxRoot.leaf(Hash32.ZERO)).build();

        assertThat(rejection(() -> rule.check(block)).reason()).isEqualTo(BlockReason.TX_ROOT_MISMATCH);
    }
}
