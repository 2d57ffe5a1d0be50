package dev.ccoin.node.consensus;

import static dev.ccoin.node.consensus.ConsensusFixture.withBrokenSignature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.tx.InvalidTransactionException;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TransactionRules;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VerifiedSignaturesTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final TransactionRules rules = new TransactionRules(chain.params);
    private final List<Transaction> txs = IntStream.range(0, 3).mapToObj(n -> chain.tx().nonce(n).build()).toList();

    @Test
    void verifyRemembersASignatureThatVerifies() {
        VerifiedSignatures verified = new VerifiedSignatures();

        verified.verify(txs.get(0), rules);

        assertThat(verified.contains(txs.get(0))).isTrue();
        assertThat(verified.contains(txs.get(1))).isFalse();
    }

    @Test
    void aSignatureThatFailsIsNotRemembered() {
        VerifiedSignatures verified = new VerifiedSignatures();
        Transaction broken = withBrokenSignature(txs.get(0));

        assertThatThrownBy(() -> verified.verify(broken, rules)).isInstanceOf(InvalidTransactionException.class);

        assertThat(verified.size()).isZero();
    }

    @Test
    void theSignatureBytesArePartOfTheEntry() {
        VerifiedSignatures verified = new VerifiedSignatures();
        verified.add(txs.get(0));

        assertThat(verified.contains(withBrokenSignature(txs.get(0)))).isFalse();
    }

    @Test
    void anotherValidSignatureOfTheSameTransactionIsVerifiedAgainThenRemembered() {
        VerifiedSignatures verified = new VerifiedSignatures();
        Transaction first = txs.get(0);
        Transaction signedAgain = chain.tx().nonce(0).build();
        assertThat(signedAgain.hash()).isEqualTo(first.hash());
        assertThat(signedAgain.signature()).as("PSS is randomized").isNotEqualTo(first.signature());
        verified.add(first);

        assertThat(verified.contains(signedAgain)).isFalse();
        verified.verify(signedAgain, rules);

        assertThat(verified.contains(signedAgain)).isTrue();
        assertThat(verified.size()).isEqualTo(1);
    }

    @Test
    void whenFullTheOldestEntryIsForgotten() {
        VerifiedSignatures verified = new VerifiedSignatures(2);

        txs.forEach(verified::add);

        assertThat(verified.size()).isEqualTo(2);
        assertThat(verified.contains(txs.get(0))).isFalse();
        assertThat(verified.contains(txs.get(1))).isTrue();
        assertThat(verified.contains(txs.get(2))).isTrue();
    }

    @Test
    void concurrentAddsStayWithinTheBound() throws InterruptedException {
        VerifiedSignatures verified = new VerifiedSignatures(2);
        List<Thread> threads = IntStream.range(0, 8).mapToObj(t -> new Thread(() -> {
            for (int i = 0; i < 1_000; i++) {
                Transaction tx = txs.get(i % txs.size());
                verified.add(tx);
                verified.contains(tx);
            }
        })).toList();

        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(verified.size()).isEqualTo(2);
    }
}
