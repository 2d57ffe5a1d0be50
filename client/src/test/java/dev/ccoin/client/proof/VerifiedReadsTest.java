package dev.ccoin.client.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.client.LocalNode;
import dev.ccoin.client.api.BlockId;
import dev.ccoin.client.api.NodeClient;
import dev.ccoin.client.model.AccountProofAnswer;
import dev.ccoin.client.model.TransactionProofAnswer;
import dev.ccoin.client.tx.InclusionWait;
import dev.ccoin.client.tx.Receipt;
import dev.ccoin.client.tx.Sent;
import dev.ccoin.client.tx.TransactionSender;
import dev.ccoin.client.tx.Transfer;
import dev.ccoin.client.wallet.Wallet;
import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node's proofs, checked against header roots: what is proven, and a root that is not trusted. */
class VerifiedReadsTest {
    private static final Address RECIPIENT = TestChain.address(TestKeys.get(23));

    @TempDir
    static Path dir;

    private static LocalNode node;
    private static NodeClient client;
    private static Receipt receipt;

    @BeforeAll
    static void sendOne() {
        node = LocalNode.start(dir);
        client = node.client();
        try (TransactionSender sender = TransactionSender.create(client, Wallet.of(TestChain.funded(0)))) {
            Sent sent = sender.send(Transfer.of(RECIPIENT, 11));
            receipt = InclusionWait.of(client).until(sent.transaction().hash(), LocalNode.DEADLINE);
        }
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    private static SealedHeader header(long height) {
        return client.headers(height, 1).get(0);
    }

    @Test
    void theRecipientsBalanceIsProvenAgainstTheStateRoot() {
        Account account = new VerifiedReads(client).account(RECIPIENT, header(receipt.blockHeight()));

        assertThat(account.balance()).isEqualTo(11);
    }

    @Test
    void anAbsentAccountIsProvenEmpty() {
        Account account = new VerifiedReads(client).account(TestChain.address(TestKeys.get(40)),
                header(receipt.blockHeight()));

        assertThat(account.isEmpty()).isTrue();
    }

    @Test
    void theTransactionIsProvenInItsBlock() {
        assertThat(new VerifiedReads(client).transaction(receipt.transaction(), header(receipt.blockHeight())).hash())
                .isEqualTo(receipt.transaction());
    }

    @Test
    void aRootThatIsNotTheTrustedOneIsRefused() {
        AccountProofAnswer account = client.accountProof(RECIPIENT, BlockId.height(receipt.blockHeight()));
        TransactionProofAnswer transaction = client.transactionProof(receipt.transaction());
        Hash32 other = header(0).header().stateRoot();

        assertThatThrownBy(() -> ProofCheck.account(account, RECIPIENT, other))
                .isInstanceOfSatisfying(ProofException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProofFailure.ROOT_MISMATCH));
        assertThatThrownBy(() -> ProofCheck.transaction(transaction, receipt.transaction(), Hash32.ZERO))
                .isInstanceOfSatisfying(ProofException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProofFailure.ROOT_MISMATCH));
    }

    @Test
    void aProofAskedAtAnotherBlockIsTheWrongBlock() {
        SealedHeader genesis = header(0);

        assertThatThrownBy(() -> new VerifiedReads(client).transaction(receipt.transaction(), genesis))
                .isInstanceOfSatisfying(ProofException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProofFailure.WRONG_BLOCK));
    }
}
