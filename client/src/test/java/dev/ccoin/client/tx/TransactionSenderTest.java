package dev.ccoin.client.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.client.LocalNode;
import dev.ccoin.client.api.ApiError;
import dev.ccoin.client.api.ApiException;
import dev.ccoin.client.api.NodeClient;
import dev.ccoin.client.wallet.Wallet;
import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sending through a real node: nonces, signatures and stamps the node admits, inclusion, batches. */
class TransactionSenderTest {
    private static final Address RECIPIENT = TestChain.address(TestKeys.get(21));

    @TempDir
    static Path dir;

    private static LocalNode node;
    private static NodeClient client;

    @BeforeAll
    static void startNode() {
        node = LocalNode.start(dir);
        client = node.client();
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    @Test
    void aSentTransferIsIncludedAndItsReceiptNamesTheBlock() {
        try (TransactionSender sender = TransactionSender.create(client, Wallet.of(TestChain.funded(0)))) {
            Sent sent = sender.send(Transfer.of(RECIPIENT, 7).withText("hello"));

            Receipt receipt = InclusionWait.of(client).until(sent.transaction().hash(), LocalNode.DEADLINE);

            assertThat(sent.isAdmitted()).isTrue();
            assertThat(Hashcash.meets(sent.transaction().hash(), sent.transaction().workNonce(), 4)).isTrue();
            assertThat(receipt.transaction()).isEqualTo(sent.transaction().hash());
            assertThat(receipt.to()).isEqualTo(RECIPIENT);
            assertThat(receipt.amount()).isEqualTo(7);
            assertThat(client.block(dev.ccoin.client.api.BlockId.hash(receipt.blockHash())).height())
                    .isEqualTo(receipt.blockHeight());
        }
    }

    @Test
    void transfersSentInARowTakeConsecutiveNonces() {
        try (TransactionSender sender = TransactionSender.create(client, Wallet.of(TestChain.funded(1)))) {
            Sent first = sender.send(Transfer.of(RECIPIENT, 1));
            Sent second = sender.send(Transfer.of(RECIPIENT, 1));

            assertThat(second.transaction().nonce()).isEqualTo(first.transaction().nonce() + 1);
            InclusionWait.of(client).until(second.transaction().hash(), LocalNode.DEADLINE);
        }
    }

    @Test
    void aBatchIsAdmittedInOrderAndIncluded() {
        List<Transfer> transfers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            transfers.add(Transfer.of(RECIPIENT, 1 + i));
        }
        try (TransactionSender sender = TransactionSender.create(client, Wallet.of(TestChain.funded(2)))) {
            List<Sent> sent = sender.sendBatch(transfers);

            assertThat(sent).hasSize(30).allMatch(Sent::isAdmitted);
            assertThat(sent).extracting(s -> s.transaction().amount()).containsExactlyElementsOf(
                    transfers.stream().map(Transfer::amount).toList());
            Transaction last = sent.get(29).transaction();
            assertThat(last.nonce()).isEqualTo(sent.get(0).transaction().nonce() + 29);
            InclusionWait.of(client).until(last.hash(), LocalNode.DEADLINE);
        }
    }

    @Test
    void aSenderWithoutFundsIsRefusedWithTheReasonCode() {
        try (TransactionSender sender = TransactionSender.create(client, Wallet.of(TestKeys.get(31)))) {
            assertThatThrownBy(() -> sender.send(Transfer.of(RECIPIENT, 1)))
                    .isInstanceOfSatisfying(ApiException.class,
                            e -> assertThat(e.error()).isEqualTo(ApiError.INSUFFICIENT_BALANCE));
        }
    }

    @Test
    void waitingForATransactionTheNodeDoesNotHoldEndsAsDropped() {
        try (TransactionSender sender = TransactionSender.create(client, Wallet.of(TestKeys.get(32)))) {
            Transaction unknown = sender.build(Transfer.of(RECIPIENT, 1));

            assertThatThrownBy(() -> InclusionWait.of(client).until(unknown.hash(), Duration.ofSeconds(1)))
                    .isInstanceOfSatisfying(InclusionException.class,
                            e -> assertThat(e.reason()).isEqualTo(InclusionFailure.DROPPED));
        }
    }
}
