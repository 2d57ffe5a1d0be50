package dev.ccoin.node.p2p.gossip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.BlockBuilder;
import dev.ccoin.core.testing.MutableClock;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.p2p.ChainFactory;
import dev.ccoin.node.p2p.InlineNode;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.framing.ProtocolViolationException;
import dev.ccoin.node.p2p.messages.HeadRequest;
import dev.ccoin.node.p2p.messages.Message;
import dev.ccoin.node.p2p.messages.NewBlock;
import dev.ccoin.node.p2p.messages.TransactionBodies;
import dev.ccoin.node.p2p.messages.TransactionHashes;
import dev.ccoin.node.p2p.messages.TransactionRequest;
import dev.ccoin.node.p2p.peers.FakePeer;
import dev.ccoin.node.p2p.peers.PeerTable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whom gossip sends what, and what it makes of what peers send: a real chain and pool import inline, peers are real
 * {@link dev.ccoin.node.p2p.peers.Peer}s over links without sockets that keep every frame they are sent, and the
 * fetch thread is real; {@link #settle} waits until what was posted to it has run, then runs its tick.
 */
class GossipRecipientsTest {
    @TempDir
    Path dir;

    private final ChainParams params = TestChain.params(3);
    private final ChainFactory factory = new ChainFactory(params);
    private final MutableClock poolClock = new MutableClock(1_000_000);
    private final PeerTable peers = new PeerTable(8);
    private final AtomicBoolean syncImporting = new AtomicBoolean();
    private final NodeScheduler threads = new NodeScheduler();
    private final ScheduledExecutorService fetchThread = threads.scheduler("ccoin-p2p-fetch");
    private InlineNode node;
    private Gossip gossip;

    @BeforeEach
    void open() {
        node = InlineNode.open(dir, params, poolClock);
        gossip = new Gossip(node, peers, syncImporting::get, fetchThread, Duration.ofMillis(200));
        node.addHeadListener(gossip);
    }

    @AfterEach
    void close() {
        threads.close();
        node.close();
    }

    @Test
    void aNewHeadGoesToEveryPeerThatDoesNotKnowIt() {
        Block block = factory.blocks(1).get(0);
        FakePeer first = join();
        FakePeer second = join();
        FakePeer knowing = join();
        knowing.peer().markKnown(block.hash());

        ChainFactory.importAll(node, List.of(block));

        assertThat(blocks(first)).containsExactly(block);
        assertThat(blocks(second)).containsExactly(block);
        assertThat(knowing.received()).isEmpty();
    }

    @Test
    void headSwitchesWhileASyncImportsItsPagesAreNotAnnounced() {
        FakePeer peer = join();
        syncImporting.set(true);

        ChainFactory.importAll(node, factory.blocks(3));

        assertThat(peer.received()).isEmpty();
    }

    @Test
    void aReorgOffersThePeersTheAbandonedTransactionsThatWentBackToThePool() {
        Transaction tx = new TxBuilder(params).build();
        Block abandoned = factory.extend(factory.genesis(), 1, builder -> builder.transactions(tx)).get(0);
        ChainFactory.importAll(node, List.of(abandoned));
        FakePeer peer = join();

        ChainFactory.importAll(node, factory.blocks(2));

        assertThat(node.pool().contains(tx.hash())).isTrue();
        settle();
        assertThat(announced(peer)).containsExactly(tx.hash());
    }

    @Test
    void transactionsAdmittedTogetherGoToEachPeerAsOneAnnouncementInOrderButNotBackToTheirSender() {
        List<Transaction> batch = batch(3);
        FakePeer sender = join();
        FakePeer listener = join();
        FakePeer knowsOne = join();
        knowsOne.peer().markKnown(batch.get(1).hash());

        batch.forEach(tx -> gossip.onTransaction(sender.peer(), tx));
        gossip.accept(batch);
        settle();

        assertThat(sender.received()).isEmpty();
        assertThat(listener.received()).containsExactly(new TransactionHashes(hashes(batch)));
        assertThat(knowsOne.received()).containsExactly(
                new TransactionHashes(hashes(List.of(batch.get(0), batch.get(2)))));
    }

    @Test
    void anAnnouncedHashIsAskedOfTheFirstAnnouncerOnlyAndItsBodyGoesToThePool() {
        Transaction tx = new TxBuilder(params).build();
        FakePeer first = join();
        FakePeer second = join();

        gossip.onAnnouncement(first.peer(), new TransactionHashes(List.of(tx.hash())));
        gossip.onAnnouncement(second.peer(), new TransactionHashes(List.of(tx.hash())));
        settle();

        assertThat(first.received()).containsExactly(new TransactionRequest(List.of(tx.hash())));
        assertThat(second.received()).isEmpty();
        gossip.onBodies(first.peer(), new TransactionBodies(List.of(tx)));
        settle();
        assertThat(node.pool().contains(tx.hash())).isTrue();
        assertThat(second.received()).isEmpty();
        assertThat(gossip.counters().snapshot()).containsEntry("announced", 2L).containsEntry("requested", 1L)
                .containsEntry("received", 1L).containsEntry("duplicate", 0L);
    }

    @Test
    void aHashThePoolHasIsNotAskedFor() {
        Transaction tx = new TxBuilder(params).build();
        assertThat(node.submitTransaction(tx).isAdmitted()).isTrue();
        FakePeer announcer = join();

        gossip.onAnnouncement(announcer.peer(), new TransactionHashes(List.of(tx.hash())));
        settle();

        assertThat(announcer.received()).isEmpty();
        assertThat(gossip.counters().snapshot()).containsEntry("known", 1L);
    }

    @Test
    void aRequestLeftUnansweredDropsThePeerAndGoesToTheNextAnnouncer() {
        Transaction tx = new TxBuilder(params).build();
        FakePeer silent = join();
        FakePeer honest = join();
        gossip.onAnnouncement(silent.peer(), new TransactionHashes(List.of(tx.hash())));
        gossip.onAnnouncement(honest.peer(), new TransactionHashes(List.of(tx.hash())));

        Await.until(Duration.ofSeconds(10), "the silent peer dropped and the honest one asked", () -> {
            settle();
            return honest.received().contains(new TransactionRequest(List.of(tx.hash())));
        });
        assertThat(silent.closedFor()).contains(DisconnectReason.REQUEST_TIMEOUT);
        assertThat(honest.closedFor()).isEmpty();
    }

    @Test
    void aBodyThatWasNotAskedForIsAViolation() {
        Transaction asked = new TxBuilder(params).nonce(0).build();
        Transaction other = new TxBuilder(params).nonce(1).build();
        FakePeer liar = join();
        gossip.onAnnouncement(liar.peer(), new TransactionHashes(List.of(asked.hash())));
        settle();

        assertThatThrownBy(() -> gossip.onBodies(liar.peer(), new TransactionBodies(List.of(other))))
                .isInstanceOfSatisfying(ProtocolViolationException.class,
                        e -> assertThat(e.reason()).isEqualTo(DisconnectReason.BAD_RESPONSE));
        assertThat(node.pool().contains(other.hash())).isFalse();
    }

    @Test
    void bodiesWithoutARequestAreAViolation() {
        FakePeer pushy = join();

        assertThatThrownBy(() -> gossip.onBodies(pushy.peer(),
                new TransactionBodies(List.of(new TxBuilder(params).build()))))
                .isInstanceOfSatisfying(ProtocolViolationException.class,
                        e -> assertThat(e.reason()).isEqualTo(DisconnectReason.UNEXPECTED_MESSAGE));
    }

    @Test
    void aRequestIsAnsweredWithTheBodiesThePoolHas() {
        Transaction tx = new TxBuilder(params).build();
        assertThat(node.submitTransaction(tx).isAdmitted()).isTrue();
        FakePeer asker = join();

        gossip.onRequest(asker.peer(), new TransactionRequest(List.of(Hash32.ZERO, tx.hash())));

        assertThat(asker.received()).containsExactly(new TransactionBodies(List.of(tx)));
    }

    @Test
    void rebroadcastOffersEveryPeerTheTransactionsThatHaveWaitedOldestFirstUpToTheLimit() {
        List<Transaction> batch = batch(3);
        long start = poolClock.millis();
        for (Transaction tx : batch) {
            assertThat(node.submitTransaction(tx).isAdmitted()).isTrue();
            poolClock.advance(10);
        }
        FakePeer peer = join();
        FakePeer knowing = join();
        batch.forEach(tx -> knowing.peer().markKnown(tx.hash()));

        gossip.rebroadcast(start + 15, 10);
        settle();
        gossip.rebroadcast(start + 100, 1);
        settle();

        List<Message> expected = List.of(new TransactionHashes(hashes(batch.subList(0, 2))),
                new TransactionHashes(hashes(batch.subList(0, 1))));
        assertThat(peer.received()).isEqualTo(expected);
        assertThat(knowing.received()).as("known or not: a peer may have refused it").isEqualTo(expected);
    }

    @Test
    void aBlockTheChainHoldsRaisesTheSendersHeadWithoutAnImport() {
        List<Block> blocks = factory.blocks(2);
        ChainFactory.importAll(node, blocks);
        FakePeer sender = join();

        gossip.onBlock(sender.peer(), blocks.get(1));

        assertThat(sender.peer().head()).isEqualTo(node.chain().head().weight());
        assertThat(node.submitted()).hasSize(2);
    }

    @Test
    void aSideBranchBlockFromAPeerIsRelayedToThePeersThatLackIt() {
        List<Block> blocks = factory.blocks(2);
        ChainFactory.importAll(node, blocks);
        Block side = factory.extend(factory.genesis(), 1,
                builder -> builder.timestamp(blocks.get(0).header().timestamp() + 1)).get(0);
        FakePeer sender = join();
        FakePeer other = join();

        gossip.onBlock(sender.peer(), side);

        assertThat(blocks(other)).containsExactly(side);
        assertThat(sender.received()).isEmpty();
        assertThat(node.chain().head().hash()).isEqualTo(blocks.get(1).hash());
    }

    @Test
    void anOrphanMakesGossipAskItsSenderForItsHead() {
        Block orphan = factory.blocks(2).get(1);
        FakePeer sender = join();

        gossip.onBlock(sender.peer(), orphan);

        assertThat(sender.received()).containsExactly(new HeadRequest());
        assertThat(sender.closedFor()).isEmpty();
    }

    @Test
    void aBlockThatBreaksARuleGetsItsSenderDropped() {
        Block weak = factory.extend(factory.genesis(), 1, BlockBuilder::insufficientWork).get(0);
        FakePeer sender = join();
        FakePeer other = join();

        gossip.onBlock(sender.peer(), weak);

        assertThat(sender.closedFor()).contains(DisconnectReason.INVALID_BLOCK);
        assertThat(other.received()).isEmpty();
    }

    @Test
    void aTransactionWithAForgedSignatureGetsItsSenderDropped() {
        Transaction honest = new TxBuilder(params).build();
        Transaction forged = new Transaction(honest.body(), honest.workNonce(), Bytes.of(new byte[256]));
        FakePeer sender = join();

        gossip.onTransaction(sender.peer(), forged);

        assertThat(sender.closedFor()).contains(DisconnectReason.INVALID_TRANSACTION);
    }

    @Test
    void aTransactionRefusedForWhatOnlyTheChainKnowsLeavesItsSenderConnected() {
        Transaction tooDear = new TxBuilder(params).amount(TestChain.FUNDS * 2).build();
        FakePeer sender = join();

        gossip.onTransaction(sender.peer(), tooDear);

        assertThat(node.pool().contains(tooDear.hash())).isFalse();
        assertThat(sender.closedFor()).isEmpty();
    }

    private FakePeer join() {
        return FakePeer.join(peers, node.chain().head().weight());
    }

    private static List<Block> blocks(FakePeer peer) {
        return peer.received(NewBlock.class).stream().map(NewBlock::block).toList();
    }

    private static List<Hash32> announced(FakePeer peer) {
        return peer.received(TransactionHashes.class).stream().flatMap(tha -> tha.hashes().stream()).toList();
    }

    private static List<Hash32> hashes(List<Transaction> txs) {
        return txs.stream().map(Transaction::hash).toList();
    }

    /** Waits until what was posted to the fetch thread has run, then runs its tick there. */
    private void settle() {
        try {
            fetchThread.submit(gossip::tick).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("the fetch thread did not settle", e);
        }
    }

    /** {@code count} transfers of the first funded account, nonces from 0. */
    private List<Transaction> batch(int count) {
        List<Transaction> txs = new ArrayList<>();
        for (int nonce = 0; nonce < count; nonce++) {
            txs.add(new TxBuilder(params).nonce(nonce).amount(1 + nonce).build());
        }
        return txs;
    }
}
