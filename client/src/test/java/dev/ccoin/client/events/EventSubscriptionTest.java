package dev.ccoin.client.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.client.LocalNode;
import dev.ccoin.client.api.ApiException;
import dev.ccoin.client.model.Block;
import dev.ccoin.client.model.TransactionInfo;
import dev.ccoin.client.tx.Sent;
import dev.ccoin.client.tx.TransactionSender;
import dev.ccoin.client.tx.Transfer;
import dev.ccoin.client.wallet.Wallet;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event stream of a real node: live blocks and transactions, and a reconnect that misses no block. */
class EventSubscriptionTest {
    @TempDir
    Path dir;

    /** Records what the subscription tells, from its thread. */
    static final class Recorder implements EventListener {
        final List<Block> blocks = new CopyOnWriteArrayList<>();
        final List<TransactionInfo> transactions = new CopyOnWriteArrayList<>();
        final List<ApiException> disconnects = new CopyOnWriteArrayList<>();

        @Override
        public void onBlock(Block block) {
            blocks.add(block);
        }

        @Override
        public void onTransaction(TransactionInfo transaction) {
            transactions.add(transaction);
        }

        @Override
        public void onDisconnected(ApiException reason) {
            disconnects.add(reason);
        }

        long lastHeight() {
            return blocks.isEmpty() ? -1 : blocks.get(blocks.size() - 1).height();
        }
    }

    @Test
    void blocksAndAdmittedTransactionsArriveAsTheyHappen() {
        try (LocalNode node = LocalNode.start(dir)) {
            Recorder recorder = new Recorder();
            try (EventSubscription events = EventSubscription.start(node.client(), recorder);
                    TransactionSender sender = TransactionSender.create(node.client(),
                            Wallet.of(TestChain.funded(0)))) {
                Await.until(LocalNode.DEADLINE, "connected", () -> events.connections() == 1);
                Sent sent = sender.send(Transfer.of(TestChain.address(TestKeys.get(22)), 3));

                Await.until(LocalNode.DEADLINE, "the tx event", () -> recorder.transactions.stream()
                        .anyMatch(tx -> tx.hash().equals(sent.transaction().hash())));
                Await.until(LocalNode.DEADLINE, "the block including it", () -> recorder.blocks.stream()
                        .anyMatch(block -> block.transactions().contains(sent.transaction().hash())));
            }
        }
    }

    @Test
    void aListenerThatThrowsStillGetsTheNextBlocks() {
        try (LocalNode node = LocalNode.start(dir)) {
            List<Long> heights = new CopyOnWriteArrayList<>();
            EventListener throwing = block -> {
                heights.add(block.height());
                throw new IllegalStateException("the application's own bug");
            };
            try (EventSubscription events = EventSubscription.start(node.client(), throwing)) {
                Await.until(LocalNode.DEADLINE, "three blocks", () -> heights.size() >= 3);

                assertThat(events.connections()).isEqualTo(1);
            }
        }
    }

    @Test
    void afterTheNodeRestartsTheSubscriptionReconnectsAndMissesNoBlock() {
        try (LocalNode node = LocalNode.start(dir)) {
            Recorder recorder = new Recorder();
            // A first retry after a second: the restarted node seals blocks before the stream is back.
            try (EventSubscription events = EventSubscription.start(node.client(), recorder, Duration.ofSeconds(2),
                    Duration.ofSeconds(2))) {
                Await.until(LocalNode.DEADLINE, "a first block", () -> !recorder.blocks.isEmpty());

                node.restart();
                long restartedAt = node.height();

                Await.until(LocalNode.DEADLINE, "a reconnect", () -> events.connections() >= 2);
                node.awaitHeight(restartedAt + 2);
                long target = node.height();
                Await.until(LocalNode.DEADLINE, "block " + target, () -> recorder.lastHeight() >= target);

                assertThat(recorder.disconnects).isNotEmpty();
                List<Long> heights = recorder.blocks.stream().map(Block::height).toList();
                long first = heights.get(0);
                assertThat(heights.subList(0, (int) (target - first + 1)))
                        .as("every height once, in order, across the restart")
                        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(first, target)
                                .boxed().toList());
            }
        }
    }
}
