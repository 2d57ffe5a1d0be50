package dev.ccoin.node.consensus;

import static dev.ccoin.node.consensus.ConsensusFixture.withBrokenSignature;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.node.consensus.rules.BlockValidator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PreverifierTest {
    private final ConsensusFixture fixture = new ConsensusFixture();
    private final ForkJoinPool pool = new ForkJoinPool(2);
    private final VerifiedSignatures verified = new VerifiedSignatures();
    private final BlockValidator validator =
            new BlockValidator(fixture.params, ConsensusFixture.CLOCK, pool, verified);

    @AfterEach
    void stopPool() {
        pool.shutdown();
    }

    private List<Transaction> transfers() {
        return List.of(fixture.tx().nonce(0).build(), fixture.tx().nonce(1).build(), fixture.tx().nonce(2).build());
    }

    @Test
    void checkingAheadLeavesTheBlocksSignaturesVerified() {
        List<Transaction> txs = transfers();
        Block block = fixture.block().transactions(txs).build();

        Preverifier.pipelined(validator::checkAhead, pool).ahead(block).join();

        assertThat(txs).allMatch(verified::contains);
    }

    @Test
    void anInvalidBlockCompletesQuietlyAndLeavesItsBadSignatureUnremembered() {
        List<Transaction> txs = transfers();
        Transaction broken = withBrokenSignature(txs.get(1));
        Block good = fixture.block().transactions(txs).build();
        Block bad = new Block(good.header(), good.minerKey(), good.signature(), good.nonce(),
                List.of(txs.get(0), broken, txs.get(2)));

        Preverifier.pipelined(validator::checkAhead, pool).ahead(bad).join();

        assertThat(verified.contains(broken)).isFalse();
        assertThat(verified.contains(txs.get(0))).isTrue();
    }

    @Test
    void anUnworkedBlockCostsNoTransactionVerification() {
        List<Transaction> txs = transfers();
        Block block = fixture.block().transactions(txs).insufficientWork().build();

        Preverifier.pipelined(validator::checkAhead, pool).ahead(block).join();

        assertThat(verified.size()).isZero();
    }

    @Test
    void inlineChecksNothingAhead() {
        Block block = fixture.block().transactions(transfers()).build();

        assertThat(Preverifier.inline().ahead(block)).isCompleted();
        assertThat(verified.size()).isZero();
    }
}
