package dev.ccoin.node.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TransactionRules;
import dev.ccoin.node.txpool.SignatureVerified;
import dev.ccoin.node.txpool.TxPool;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool follows the chain through reorgs: included transactions leave, abandoned ones that still apply return. */
class ReorgPoolTest {
    @TempDir
    Path dir;

    private ChainFixture f;
    private TxPool pool;

    @BeforeEach
    void openChainWithPool() {
        f = new ChainFixture(TestChain.params(3), dir);
        pool = new TxPool(new TransactionRules(f.params), Clock.systemUTC(), SignatureVerified.NONE);
        f.chain.addListener(change -> pool.onHeadChange(change, f.chain.stateAt(change.current().stateRoot())));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void abandonedTransactionsReturnAndLeaveAgainWhenTheirBranchWinsBack() {
        Transaction pay = new TxBuilder(f.params).amount(25).build();
        assertThat(pool.admit(pay, f.chain.headState()).isAdmitted()).isTrue();

        Block a1 = f.imported(f.on(f.genesis).transactions(pay).build());
        assertThat(pool.contains(pay.hash())).isFalse();

        Block b1 = f.imported(f.outOfTurnOn(f.genesis).build());
        f.imported(f.on(b1).build());
        assertThat(pool.contains(pay.hash())).as("back in the pool after the reorg").isTrue();
        assertThat(pool.executable(10)).containsExactly(pay);

        Block a2 = f.imported(f.on(a1).build());
        f.imported(f.on(a2).build());
        assertThat(pool.contains(pay.hash())).as("included again").isFalse();
    }

    @Test
    void abandonedTransactionThatNoLongerAppliesDoesNotReturn() {
        Transaction first = new TxBuilder(f.params).amount(25).build();
        Transaction competitor = new TxBuilder(f.params).amount(26).build();
        f.imported(f.on(f.genesis).transactions(first).build());

        Block b1 = f.imported(f.outOfTurnOn(f.genesis).transactions(competitor).build());
        f.imported(f.on(b1).build());

        assertThat(pool.contains(first.hash())).as("its nonce is taken on the winning branch").isFalse();
        assertThat(pool.size()).isZero();
    }
}
