package dev.ccoin.node.p2p.gossip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.BlockBuilder;
import dev.ccoin.core.testing.MutableClock;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.node.p2p.ChainFactory;
import dev.ccoin.node.p2p.InlineNode;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.messages.HeadRequest;
import dev.ccoin.node.p2p.messages.Message;
import dev.ccoin.node.p2p.messages.NewBlock;
import dev.ccoin.node.p2p.messages.NewTransaction;
import dev.ccoin.node.p2p.peers.FakePeer;
import dev.ccoin.node.p2p.peers.PeerTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whom gossip sends what, and what it makes of what peers send: a real chain and pool import inline, peers are real
 * {@link dev.ccoin.node.p2p.peers.Peer}s over links without sockets that keep every frame they are sent.
 */
class GossipRecipientsTest {
    @TempDir
    Path dir;

    private final ChainParams params = TestChain.params(3);
    private final ChainFactory factory = new ChainFactory(params);
    private final MutableClock poolClock = new MutableClock(1_000_000);
    private final PeerTable peers = new PeerTable(8);
    private final AtomicBoolean syncImporting = new AtomicBoolean();
    private InlineNode node;
    private Gossip gossip;

    @BeforeEach
    void open() {
        node = InlineNode.open(dir, params, poolClock);
        gossip = new Gossip(node, peers, syncImporting::get);
        node.addHeadListener(gossip);
    }

    @AfterEach
    void close() {
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
        assertThat(transactions(peer)).containsExactly(tx);
    }

    @Test
    void transactionsAdmittedTogetherGoToEachPeerAsOneBurstInOrderButNotBackToTheirSender() {
        List<Transaction> batch = batch(3);
        FakePeer sender = join();
        FakePeer listener = join();
        FakePeer knowsOne = join();
        knowsOne.peer().markKnown(batch.get(1).hash());

        batch.forEach(tx -> gossip.onTransaction(sender.peer(), tx));
        gossip.accept(batch);

        assertThat(sender.received()).isEmpty();
        assertThat(listener.bursts()).containsExactly(txns(batch));
        assertThat(knowsOne.bursts()).containsExactly(txns(List.of(batch.get(0), batch.get(2))));
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
        gossip.rebroadcast(start + 100, 1);

        List<List<Message>> expected = List.of(txns(batch.subList(0, 2)), txns(batch.subList(0, 1)));
        assertThat(peer.bursts()).isEqualTo(expected);
        assertThat(knowing.bursts()).as("known or not: a peer may have refused it").isEqualTo(expected);
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

    private static List<Transaction> transactions(FakePeer peer) {
        return peer.received(NewTransaction.class).stream().map(NewTransaction::transaction).toList();
    }

    private static List<Message> txns(List<Transaction> txs) {
        return txs.stream().<Message>map(NewTransaction::new).toList();
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
