package dev.ccoin.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.client.LocalNode;
import dev.ccoin.client.model.Account;
import dev.ccoin.client.model.AccountProofAnswer;
import dev.ccoin.client.model.AccountTransactions;
import dev.ccoin.client.model.Authorities;
import dev.ccoin.client.model.BatchResult;
import dev.ccoin.client.model.Block;
import dev.ccoin.client.model.BlockPage;
import dev.ccoin.client.model.FullBlock;
import dev.ccoin.client.model.Status;
import dev.ccoin.client.model.Submitted;
import dev.ccoin.client.model.TransactionInfo;
import dev.ccoin.client.model.TransactionProofAnswer;
import dev.ccoin.client.model.TxPool;
import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every typed call against a real node, and its errors with their reason codes. */
class NodeClientTest {
    @TempDir
    static Path dir;

    private static LocalNode node;
    private static NodeClient client;
    private static Transaction included;

    @BeforeAll
    static void startNode() {
        node = LocalNode.start(dir);
        client = node.client();
        node.awaitHeight(2);
        included = tx(TestChain.funded(0), 0, 25).build();
        client.submit(included);
        Await.until(LocalNode.DEADLINE, "inclusion", () -> client.transaction(included.hash()).isIncluded());
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    private static TxBuilder tx(KeyPair from, long nonce, long amount) {
        return new TxBuilder(node.node().chain().params()).sender(from).nonce(nonce).amount(amount)
                .to(TestChain.address(TestKeys.get(20))).timestamp(System.currentTimeMillis());
    }

    @Test
    void statusNamesTheChainAndItsTransactionRules() {
        Status status = client.status();

        assertThat(status.networkId()).isEqualTo(TestChain.NETWORK_ID);
        assertThat(status.type()).isEqualTo("validator");
        assertThat(status.node()).contains(TestChain.address(TestKeys.get(0)));
        assertThat(status.transactionRules().workBits()).isEqualTo(4);
        assertThat(status.head().height()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void peersOfALoneNodeAreNone() {
        assertThat(client.peers().count()).isZero();
        assertThat(client.peers().peers()).isEmpty();
    }

    @Test
    void authoritiesCarryTheirInTurnCounts() {
        Authorities authorities = client.authorities();

        assertThat(authorities.authorities()).hasSize(1);
        assertThat(authorities.authorities().get(0).address()).isEqualTo(TestChain.address(TestKeys.get(0)));
        assertThat(authorities.authorities().get(0).recentInTurn()).isPositive();
        assertThat(authorities.authorities().get(0).recentTurns()).isPositive();
        assertThat(authorities.authorities().get(0).lastSealed()).isPresent();
    }

    @Test
    void blocksAreReadByHeightHashAndLatestAndInPages() {
        long count = client.blockCount();
        Block genesis = client.block(BlockId.height(0));
        Block byHash = client.block(BlockId.hash(genesis.hash()));
        Block latest = client.block(BlockId.latest());
        BlockPage page = client.blocks(0, 2, BlockOrder.ASC);

        assertThat(count).isGreaterThanOrEqualTo(3);
        assertThat(byHash).isEqualTo(genesis);
        assertThat(latest.height()).isGreaterThanOrEqualTo(count - 1);
        assertThat(page.blocks()).extracting(Block::height).containsExactly(0L, 1L);
        assertThat(page.next()).hasValue(2);
        assertThat(client.latestBlocks(1).blocks()).hasSize(1);
    }

    @Test
    void aBlockComesWithItsTransactionsAsHashesInFullAndRaw() {
        TransactionInfo info = client.transaction(included.hash());
        BlockId id = BlockId.height(info.blockHeight());

        Block block = client.block(id);
        FullBlock full = client.fullBlock(id);
        dev.ccoin.core.block.Block raw = client.rawBlock(id);

        assertThat(block.transactions()).contains(included.hash());
        assertThat(full.transactions()).extracting(TransactionInfo::hash).contains(included.hash());
        assertThat(raw.hash()).isEqualTo(block.hash());
    }

    @Test
    void headersAreSealedHeadersFromAHeight() {
        List<SealedHeader> headers = client.headers(1, 2);

        assertThat(headers).extracting(SealedHeader::height).containsExactly(1L, 2L);
        assertThat(headers.get(0).hash()).isEqualTo(client.block(BlockId.height(1)).hash());
    }

    @Test
    void anIncludedTransactionIsFoundWithItsBlockRawAndProof() {
        TransactionInfo info = client.transaction(included.hash());
        TransactionProofAnswer proof = client.transactionProof(included.hash());

        assertThat(info.isIncluded()).isTrue();
        assertThat(info.from()).isEqualTo(TestChain.address(TestChain.funded(0)));
        assertThat(client.rawTransaction(included.hash())).isEqualTo(included);
        assertThat(proof.block().hash()).isEqualTo(info.blockHash());
        assertThat(proof.raw().toArray()).isEqualTo(included.encode());
    }

    @Test
    void accountsShowBalanceProofAndTransactions() {
        Address sender = TestChain.address(TestChain.funded(0));

        Account account = client.account(sender);
        AccountProofAnswer proof = client.accountProof(sender, BlockId.latest());
        AccountTransactions page = client.accountTransactions(sender, 0, 10);

        assertThat(account.nonce()).isGreaterThanOrEqualTo(1);
        assertThat(proof.address()).isEqualTo(sender);
        assertThat(proof.proof().leaf()).isNotNull();
        assertThat(client.accountProofWire(sender, BlockId.hash(proof.block().hash())).verify(
                proof.block().stateRoot(), sender).balance()).isEqualTo(proof.balance());
        assertThat(page.transactions()).extracting(TransactionInfo::hash).contains(included.hash());
    }

    @Test
    void aSubmissionAndABatchAreAdmittedOrRefusedWithTheirCodes() {
        KeyPair sender = TestChain.funded(1);
        long nonce = client.account(TestChain.address(sender)).pendingNonce();

        Submitted one = client.submit(tx(sender, nonce, 5).build());
        List<BatchResult> batch = client.submitBatch(List.of(
                tx(sender, nonce + 1, 5).build(),
                tx(sender, nonce + 2, 2 * TestChain.FUNDS).build()));
        TxPool pool = client.txPool(100);

        assertThat(one.status()).isIn("pending", "queued");
        assertThat(batch.get(0).isAdmitted()).isTrue();
        assertThat(batch.get(1).refusal()).hasValue("INSUFFICIENT_BALANCE");
        assertThat(pool.pendingCount() + pool.queuedCount()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aRefusedSubmissionCarriesTheReasonCode() {
        Transaction broke = tx(TestKeys.get(30), 0, 5).build();

        assertThatThrownBy(() -> client.submit(broke))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.error()).isEqualTo(ApiError.INSUFFICIENT_BALANCE);
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("INSUFFICIENT_BALANCE: ");
                });
    }

    @Test
    void aMissingBlockIsBlockNotFoundAndAMissingTransactionIsEmpty() {
        assertThatThrownBy(() -> client.block(BlockId.height(999_999)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.error()).isEqualTo(ApiError.BLOCK_NOT_FOUND);
                    assertThat(e.status()).isEqualTo(404);
                });
        assertThatThrownBy(() -> client.block(BlockId.parse("nope")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.error()).isEqualTo(ApiError.BAD_BLOCK_ID));
        assertThat(client.findTransaction(dev.ccoin.core.types.Hash32.ZERO)).isEmpty();
    }

    @Test
    void metricsAndTheDocumentAreServed() {
        assertThat(client.metrics()).contains("ccoin_head_height");
        assertThat(client.rootMetrics()).contains("ccoin_head_height");
        assertThat(client.openApi().path("openapi").asText()).startsWith("3.1");
    }

    @Test
    void aNodeThatIsDownIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        NodeClient down = NodeClient.of(URI.create("http://127.0.0.1:" + closedPort));

        assertThatThrownBy(down::status)
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.error()).isEqualTo(ApiError.UNREACHABLE);
                    assertThat(e.error().isTransport()).isTrue();
                    assertThat(e.status()).isZero();
                    assertThat(e.getMessage()).contains("http://127.0.0.1:" + closedPort).doesNotContain("\n");
                });
    }
}
