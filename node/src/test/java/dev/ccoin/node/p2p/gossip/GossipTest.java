package dev.ccoin.node.p2p.gossip;

import static dev.ccoin.node.p2p.TestNet.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.BlockBuilder;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.node.chain.ImportStatus;
import dev.ccoin.node.p2p.ChainFactory;
import dev.ccoin.node.p2p.P2pConfig;
import dev.ccoin.node.p2p.RawPeer;
import dev.ccoin.node.p2p.TestNet;
import dev.ccoin.node.p2p.TestNet.Member;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.framing.PeerErrorException;
import dev.ccoin.node.p2p.messages.BlocksPage;
import dev.ccoin.node.p2p.messages.BlocksRequest;
import dev.ccoin.node.p2p.messages.ErrorNotice;
import dev.ccoin.node.p2p.messages.HeadAnnouncement;
import dev.ccoin.node.p2p.messages.HeadRequest;
import dev.ccoin.node.p2p.messages.Message;
import dev.ccoin.node.p2p.messages.NewBlock;
import dev.ccoin.node.p2p.messages.NewTransaction;
import dev.ccoin.node.p2p.messages.Ping;
import dev.ccoin.node.p2p.messages.Pong;
import dev.ccoin.node.p2p.messages.TransactionBodies;
import dev.ccoin.node.p2p.messages.TransactionHashes;
import dev.ccoin.node.p2p.messages.TransactionRequest;
import dev.ccoin.node.txpool.Admission;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GossipTest {
    @TempDir
    Path dir;

    private final ChainParams params = TestChain.params(3);
    private final P2pConfig config = TestNet.fastConfig();
    private final KeyPair rawKey = TestKeys.get(TestNet.RAW_KEYS);
    private TestNet net;
    private Member node;

    @BeforeEach
    void startNode() {
        net = new TestNet(dir, params);
        node = net.basic(List.of(), config);
    }

    @AfterEach
    void stopNode() {
        net.close();
    }

    @Test
    void blockThatBreaksARuleGetsItsSenderBanned() {
        ChainFactory factory = new ChainFactory(params);
        Block weak = factory.extend(factory.genesis(), 1, BlockBuilder::insufficientWork).get(0);
        try (RawPeer raw = handshaken(rawKey)) {
            raw.send(new NewBlock(weak));

            assertThat(raw.awaitError()).map(ErrorNotice::code).contains("INVALID_BLOCK");
        }
        assertThat(node.network().isBanned(TestChain.address(rawKey))).isTrue();
        try (RawPeer again = RawPeer.connect(node.network().listenPort(), rawKey)) {
            assertThatThrownBy(() -> again.handshake(params)).isInstanceOfSatisfying(
                    PeerErrorException.class, e -> assertThat(e.reason()).isEqualTo(DisconnectReason.BANNED));
        }
        assertThat(node.node().chain().head().height()).isZero();
    }

    @Test
    void senderThatHangsUpBeforeItsBlockIsJudgedIsStillBanned() {
        ChainFactory factory = new ChainFactory(params);
        Block weak = factory.extend(factory.genesis(), 1, BlockBuilder::insufficientWork).get(0);
        try (RawPeer raw = handshaken(rawKey)) {
            raw.send(new NewBlock(weak));
        }

        Await.until(DEADLINE, "the sender banned", () -> node.network().isBanned(TestChain.address(rawKey)));
    }

    @Test
    void orphanMakesTheNodeAskForTheSendersHeadAndSyncFromIt() {
        List<Block> blocks = new ChainFactory(params).blocks(3);
        List<ImportStatus> reported = new CopyOnWriteArrayList<>();
        node.node().addImportListener((result, took) -> reported.add(result.status()));
        try (RawPeer raw = handshaken(rawKey)) {
            raw.send(new NewBlock(blocks.get(2)));

            raw.expect(HeadRequest.class);
            raw.send(new HeadAnnouncement(3, blocks.get(2).hash(), BigInteger.valueOf(1_000)));
            BlocksRequest request = raw.expect(BlocksRequest.class);
            assertThat(request.locator()).containsExactly(node.node().chain().blockAt(0).orElseThrow().hash());
            raw.send(new BlocksPage(blocks.subList(0, 2)));

            Await.until(DEADLINE, "the orphan connected on top of the synced blocks",
                    () -> node.node().chain().head().hash().equals(blocks.get(2).hash()));
            Await.until(DEADLINE, "three imports reported", () -> reported.size() == 3);
            assertThat(reported).containsExactly(ImportStatus.ORPHAN, ImportStatus.NEW_HEAD, ImportStatus.NEW_HEAD);
        }
    }

    @Test
    void transactionWithAForgedSignatureGetsItsSenderBanned() {
        Transaction honest = new TxBuilder(params).build();
        Transaction forged = new Transaction(honest.body(), honest.workNonce(), Bytes.of(new byte[256]));
        try (RawPeer raw = handshaken(rawKey)) {
            raw.send(new NewTransaction(forged));

            assertThat(raw.awaitError()).map(ErrorNotice::code).contains("INVALID_TRANSACTION");
        }
        assertThat(node.network().isBanned(TestChain.address(rawKey))).isTrue();
        assertThat(node.node().pool().size()).isZero();
    }

    @Test
    void admittedTransactionIsAnnouncedToPeersThatLackItButNotBackToItsSenderAndServedToThoseThatAsk() {
        Transaction tx = new TxBuilder(params).build();
        try (RawPeer sender = handshaken(rawKey); RawPeer listener = handshaken(TestKeys.get(TestNet.RAW_KEYS + 1))) {
            sender.send(new NewTransaction(tx));

            assertThat(listener.expect(TransactionHashes.class).hashes()).containsExactly(tx.hash());
            sender.send(new Ping(42));
            assertThat(framesUntilPong(sender, 42)).noneMatch(m -> m instanceof TransactionHashes);
            assertThat(node.node().pool().contains(tx.hash())).isTrue();
            listener.send(new TransactionRequest(List.of(tx.hash())));
            assertThat(listener.expect(TransactionBodies.class).transactions()).containsExactly(tx);
        }
    }

    @Test
    void transactionsAdmittedTogetherReachAPeerAsOneAnnouncementInOrder() {
        List<Transaction> batch = batch(5);
        try (RawPeer listener = handshaken(rawKey)) {
            node.node().submitTransactions(batch);

            assertThat(listener.expect(TransactionHashes.class).hashes())
                    .containsExactlyElementsOf(batch.stream().map(Transaction::hash).toList());
        }
    }

    @Test
    void aPeerThatAnswersARequestWithAnotherBodyIsBanned() {
        Transaction announced = new TxBuilder(params).nonce(0).build();
        Transaction other = new TxBuilder(params).nonce(1).build();
        try (RawPeer liar = handshaken(rawKey)) {
            liar.send(new TransactionHashes(List.of(announced.hash())));
            assertThat(liar.expect(TransactionRequest.class).hashes()).containsExactly(announced.hash());
            liar.send(new TransactionBodies(List.of(other)));

            assertThat(liar.awaitError()).map(ErrorNotice::code).contains("BAD_RESPONSE");
        }
        assertThat(node.network().isBanned(TestChain.address(rawKey))).isTrue();
        assertThat(node.node().pool().contains(other.hash())).isFalse();
    }

    @Test
    void aBatchAdmittedOnOneNodeReachesAnotherNodesPool() {
        Member other = net.basic(List.of(node.endpoint()), config);
        Await.until(DEADLINE, "the nodes connected", () -> node.peerCount() == 1 && other.peerCount() == 1);
        List<Transaction> batch = batch(20);

        assertThat(node.node().submitTransactions(batch)).allMatch(Admission::isAdmitted);

        Await.until(DEADLINE, "the batch in the other node's pool",
                () -> batch.stream().allMatch(tx -> other.node().pool().contains(tx.hash())));
        assertThat(other.node().pool().pendingNonce(batch.get(0).sender(), other.node().chain().headState()))
                .isEqualTo(batch.size());
    }

    @Test
    void transactionsAdmittedWithNoPeerAreOfferedAgainToAPeerThatComesLater() {
        Member lonely = net.basic(List.of(), config.toBuilder().rebroadcastInterval(Duration.ofMillis(200)).build());
        List<Transaction> waiting = batch(3);
        assertThat(lonely.node().submitTransactions(waiting)).allMatch(Admission::isAdmitted);

        // Gossip went nowhere when they were admitted; a node that connects afterwards hears of them again.
        Member later = net.basic(List.of(lonely.endpoint()), config);

        Await.until(DEADLINE, "the waiting transactions in the later node's pool",
                () -> waiting.stream().allMatch(tx -> later.node().pool().contains(tx.hash())));
    }

    /** {@code count} transfers of the first funded account, nonces from 0. */
    private List<Transaction> batch(int count) {
        List<Transaction> txs = new ArrayList<>();
        for (int nonce = 0; nonce < count; nonce++) {
            txs.add(new TxBuilder(params).nonce(nonce).amount(1 + nonce).build());
        }
        return txs;
    }

    @Test
    void newHeadIsAnnouncedToPeers() {
        Block block = new ChainFactory(params).blocks(1).get(0);
        try (RawPeer raw = handshaken(rawKey)) {
            ChainFactory.importAll(node.node(), List.of(block));

            assertThat(raw.expect(NewBlock.class).block()).isEqualTo(block);
        }
    }

    private RawPeer handshaken(KeyPair key) {
        RawPeer raw = RawPeer.connect(node.network().listenPort(), key);
        raw.handshake(params);
        Await.until(DEADLINE, "the node registered the raw peer", () -> node.network().peers().stream()
                .anyMatch(p -> p.nodeId().equals(TestChain.address(key))));
        return raw;
    }

    private static List<Message> framesUntilPong(RawPeer raw, long nonce) {
        List<Message> seen = new ArrayList<>();
        while (true) {
            Message message = raw.next().orElseThrow();
            if (message instanceof Pong pong && pong.nonce() == nonce) {
                return seen;
            }
            seen.add(message);
        }
    }
}
