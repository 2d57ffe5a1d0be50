package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static dev.ccoin.node.consensus.ConsensusFixture.withBrokenSignature;
import static dev.ccoin.node.consensus.ConsensusFixture.withWeakStamp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TransactionRules;
import dev.ccoin.core.tx.TxReason;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.consensus.VerifiedSignatures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatelessTransactionsRuleTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final TransactionRules rules = new TransactionRules(chain.params);
    private final VerifiedSignatures verified = new VerifiedSignatures();
    private final ForkJoinPool pool = new ForkJoinPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private StatelessTransactionsRule sequential(VerifiedSignatures cache) {
        return new StatelessTransactionsRule(rules, cache, Runnable::run, 1);
    }

    private StatelessTransactionsRule parallel(VerifiedSignatures cache) {
        return new StatelessTransactionsRule(rules, cache, pool, 4);
    }

    private List<Transaction> transfers(int count) {
        return IntStream.range(0, count).mapToObj(n -> chain.tx().nonce(n).build()).toList();
    }

    @Test
    void validTransactionsPassAndTheirSignaturesAreRemembered() {
        List<Transaction> txs = transfers(3);

        sequential(verified).check(chain.block().transactions(txs).build());

        assertThat(txs).allMatch(verified::contains);
    }

    @Test
    void transactionWithABrokenSignatureIsRejectedWithItsReasonAndIndex() {
        Transaction broken = withBrokenSignature(chain.tx().nonce(1).build());
        Block block = chain.block().transactions(chain.tx().nonce(0).build(), broken).build();

        InvalidBlockException e = rejection(() -> sequential(verified).check(block));

        assertThat(e.reason()).isEqualTo(BlockReason.INVALID_TRANSACTION);
        assertThat(e.txReason()).contains(TxReason.BAD_SIGNATURE);
        assertThat(e.txIndex()).hasValue(1);
        assertThat(e.txHash()).contains(broken.hash());
        assertThat(e.blamesSender()).isTrue();
        assertThat(verified.contains(broken)).isFalse();
    }

    @Test
    void transactionForAnotherNetworkIsRejected() {
        Block block = chain.block().transactions(chain.tx().networkId(99).build()).build();

        assertThat(rejection(() -> sequential(verified).check(block)).txReason()).contains(TxReason.WRONG_NETWORK);
    }

    @Test
    void transactionWithAWeakStampIsRejected() {
        Transaction weak = withWeakStamp(chain.tx().build(), chain.params.transactions().workBits());
        Block block = chain.block().transactions(weak).build();

        assertThat(rejection(() -> sequential(verified).check(block)).txReason()).contains(TxReason.STAMP_TOO_WEAK);
    }

    @Test
    void signatureAlreadyInTheCacheIsNotVerifiedAgain() {
        // The proof: a signature that would fail passes once marked verified. This is also why only a real
        // verification may ever fill the cache.
        Transaction broken = withBrokenSignature(chain.tx().build());
        verified.add(broken);

        sequential(verified).check(chain.block().transactions(broken).build());
    }

    @Test
    void cachedSignatureDoesNotCoverTheSameTransactionWithOtherSignatureBytes() {
        // The txRoot commits to ids only: a relay could swap the signature and keep the block hash.
        Transaction genuine = chain.tx().build();
        verified.add(genuine);
        Block tampered = chain.block().transactions(withBrokenSignature(genuine)).build();

        assertThat(rejection(() -> sequential(verified).check(tampered)).txReason())
                .contains(TxReason.BAD_SIGNATURE);
    }

    @Test
    void theCacheNeverSkipsTheCheapRules() {
        Transaction weak = withWeakStamp(chain.tx().build(), chain.params.transactions().workBits());
        verified.add(weak);

        assertThat(rejection(() -> sequential(verified).check(chain.block().transactions(weak).build())).txReason())
                .contains(TxReason.STAMP_TOO_WEAK);
    }

    @Test
    void parallelVerificationGivesTheSameResultAsSequential() {
        List<Transaction> valid = transfers(16);
        List<Transaction> mixed = new ArrayList<>(valid);
        mixed.set(5, withBrokenSignature(valid.get(5)));
        mixed.set(11, chain.tx().nonce(11).networkId(99).build());
        mixed.set(14, withBrokenSignature(valid.get(14)));
        Block good = chain.block().transactions(valid).build();
        Block bad = chain.block().transactions(mixed).build();

        InvalidBlockException expected = rejection(() -> sequential(new VerifiedSignatures()).check(bad));
        sequential(new VerifiedSignatures()).check(good);
        for (int run = 0; run < 20; run++) {
            InvalidBlockException actual = rejection(() -> parallel(new VerifiedSignatures()).check(bad));
            assertThat(actual.txIndex()).isEqualTo(expected.txIndex()).hasValue(5);
            assertThat(actual.txReason()).isEqualTo(expected.txReason()).contains(TxReason.BAD_SIGNATURE);
            assertThat(actual.getMessage()).isEqualTo(expected.getMessage());
            VerifiedSignatures fresh = new VerifiedSignatures();
            parallel(fresh).check(good);
            assertThat(fresh.size()).isEqualTo(valid.size());
        }
    }

    @Test
    void anExecutorThatRejectsWorkOnlyMakesTheCallerDoItAll() {
        Executor refusing = task -> {
            throw new RejectedExecutionException("stopping");
        };
        List<Transaction> txs = transfers(4);

        new StatelessTransactionsRule(rules, verified, refusing, 4).check(chain.block().transactions(txs).build());

        assertThat(txs).allMatch(verified::contains);
    }

    @Test
    void anExecutorThatNeverRunsItsTasksDoesNotStallTheCheck() {
        Executor busy = task -> { };
        List<Transaction> txs = transfers(4);

        new StatelessTransactionsRule(rules, verified, busy, 4).check(chain.block().transactions(txs).build());

        assertThat(txs).allMatch(verified::contains);
    }

    @Test
    void emptyBlockHasNothingToCheck() {
        Executor unused = task -> {
            throw new AssertionError("no work to hand out");
        };

        new StatelessTransactionsRule(rules, verified, unused, 4).check(chain.block().build());
    }
}
