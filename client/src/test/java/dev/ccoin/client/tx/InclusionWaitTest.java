package dev.ccoin.client.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.client.LocalNode;
import dev.ccoin.client.wallet.Wallet;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waiting on a node that seals no more blocks: the deadline ends the wait, with its reason. */
class InclusionWaitTest {
    @TempDir
    Path dir;

    @Test
    void aPendingTransactionTimesOutAtTheDeadline() {
        try (LocalNode node = LocalNode.start(dir)) {
            node.stopMining();
            try (TransactionSender sender = TransactionSender.create(node.client(), Wallet.of(TestChain.funded(0)))) {
                Sent sent = sender.send(Transfer.of(TestChain.address(TestKeys.get(25)), 1));
                long started = System.nanoTime();

                assertThatThrownBy(() -> InclusionWait.of(node.client(), Duration.ofMillis(50))
                        .until(sent.transaction().hash(), Duration.ofMillis(500)))
                        .isInstanceOfSatisfying(InclusionException.class, e -> {
                            assertThat(e.reason()).isEqualTo(InclusionFailure.TIMED_OUT);
                            assertThat(e.transaction()).isEqualTo(sent.transaction().hash());
                            assertThat(e.getMessage()).contains("pending");
                        });
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LocalNode.DEADLINE);
            }
        }
    }
}
