package dev.ccoin.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.config.NodeConfig;
import dev.ccoin.node.config.NodeType;
import dev.ccoin.node.storage.Database;
import dev.ccoin.node.txpool.Admission;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final ChainParams params = TestChain.params(1);

    private NodeConfig config(NodeType type) {
        try (Database database = Database.open(dir)) {
            ChainInitializer.initialize(database, params);
        }
        return new NodeConfig(type, dir, "127.0.0.1", 0, "127.0.0.1", 0, Optional.empty(), List.of(), 1, Optional.empty());
    }

    private Node validator(KeyPair key) {
        return Node.start(config(NodeType.VALIDATOR), Optional.of(key), Clock.systemUTC(), new NodeScheduler());
    }

    private Node basic() {
        return Node.start(config(NodeType.BASIC), Optional.empty(), Clock.systemUTC(), new NodeScheduler());
    }

    @Test
    void singleAuthorityKeepsProducingBlocks() {
        try (Node node = validator(TestKeys.get(0))) {
            Await.until(DEADLINE, "three blocks", () -> node.chain().head().height() >= 3);
        }
    }

    @Test
    void submittedTransactionIsMinedAndLeavesThePool() {
        try (Node node = validator(TestKeys.get(0))) {
            Transaction tx = new TxBuilder(params).amount(40).build();

            Admission admission = node.submitTransaction(tx);

            assertThat(admission.isAdmitted()).as(admission.message()).isTrue();
            Await.until(DEADLINE, "inclusion", () -> node.chain().transactionLocation(tx.hash()).isPresent());
            Await.until(DEADLINE, "an empty pool", () -> node.pool().size() == 0);
            assertThat(node.chain().headState().account(tx.sender())).isEqualTo(new Account(TestChain.FUNDS - 40, 1));
        }
    }

    @Test
    void restartedNodeResumesItsChain() {
        long height;
        try (Node node = validator(TestKeys.get(0))) {
            Await.until(DEADLINE, "two blocks", () -> node.chain().head().height() >= 2);
            node.miner().orElseThrow().stop();
            height = node.chain().head().height();
        }
        try (Node node = basic()) {
            assertThat(node.chain().head().height()).isGreaterThanOrEqualTo(height);
            assertThat(node.miner()).isEmpty();
        }
    }

    @Test
    void validatorWhoseAccountIsNotAnAuthorityIsRefused() {
        assertThatThrownBy(() -> validator(TestKeys.get(5)))
                .isInstanceOfSatisfying(NodeStartException.class,
                        e -> assertThat(e.reason()).isEqualTo(NodeStartException.Reason.NOT_AN_AUTHORITY));
        try (Node node = basic()) {
            assertThat(node.chain().head().height()).isZero();
        }
    }
}
