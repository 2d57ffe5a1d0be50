package dev.ccoin.node.p2p.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.MutableClock;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.consensus.ChainWeight;
import dev.ccoin.node.network.SyncStatus;
import dev.ccoin.node.p2p.ChainFactory;
import dev.ccoin.node.p2p.InlineNode;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.messages.BlocksPage;
import dev.ccoin.node.p2p.messages.BlocksRequest;
import dev.ccoin.node.p2p.peers.FakePeer;
import dev.ccoin.node.p2p.peers.PeerTable;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synchroniser's choices, one step at a time on the test thread: a real chain imports inline, peers are real
 * {@link dev.ccoin.node.p2p.peers.Peer}s over links without sockets, and they serve pages from another real chain.
 */
class SynchronizerTest {
    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(200);
    private static final Hash32 LOW = Hash32.parse("00" + "11".repeat(31));
    private static final Hash32 MIDDLE = Hash32.parse("00" + "77".repeat(31));
    private static final Hash32 HIGH = Hash32.parse("00" + "ee".repeat(31));

    @TempDir
    Path dir;

    private final ChainParams params = TestChain.params(3);
    private final ChainFactory factory = new ChainFactory(params);
    private final MutableClock clock = new MutableClock(1_000_000);
    private final PeerTable peers = new PeerTable(8);
    private final List<Block> announced = new CopyOnWriteArrayList<>();
    private InlineNode local;
    private InlineNode remote;
    private Synchronizer sync;

    @BeforeEach
    void open() {
        local = InlineNode.open(dir.resolve("local"), params);
        remote = InlineNode.open(dir.resolve("remote"), params);
        sync = new Synchronizer(local, peers, REQUEST_TIMEOUT, clock, announced::add);
    }

    @AfterEach
    void close() {
        local.close();
        remote.close();
    }

    @Test
    void aPeerAheadIsSyncedFromInFullPagesUntilItsHead() {
        List<Block> blocks = factory.blocks(300);
        ChainFactory.importAll(remote, blocks);
        FakePeer peer = serving(remote);

        step();

        assertThat(local.chain().head().hash()).isEqualTo(blocks.get(299).hash());
        List<BlocksRequest> requests = peer.received(BlocksRequest.class);
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0).locator()).containsExactly(factory.genesis().hash());
        assertThat(requests.get(1).locator().get(0)).as("the next page goes on from the page in hand")
                .isEqualTo(blocks.get(BlocksRequest.MAX_BLOCKS - 1).hash());
        assertThat(requests.get(2).locator().get(0)).isEqualTo(blocks.get(2 * BlocksRequest.MAX_BLOCKS - 1).hash());
        assertThat(announced).containsExactly(blocks.get(299));
        assertThat(sync.status()).isEqualTo(SyncStatus.synced(300));
    }

    @Test
    void aPageShorterThanAskedForIsFollowedByARequestFromTheLastBlockImported() {
        List<Block> blocks = factory.blocks(4);
        ChainFactory.importAll(remote, blocks);
        BlockServer onePerPage = new BlockServer(remote.chain(), 1);
        FakePeer peer = FakePeer.join(peers, headOf(remote))
                .answering(request -> Optional.of(onePerPage.page(request)));

        step();

        assertThat(local.chain().head().hash()).isEqualTo(blocks.get(3).hash());
        assertThat(peer.received(BlocksRequest.class)).extracting(request -> request.locator().get(0))
                .containsExactly(factory.genesis().hash(), blocks.get(0).hash(), blocks.get(1).hash(),
                        blocks.get(2).hash());
    }

    @Test
    void aPeerThatDoesNotAnswerIsDroppedAndTheNextBestPeerIsUsed() {
        List<Block> blocks = factory.blocks(5);
        ChainFactory.importAll(remote, blocks);
        FakePeer staller = FakePeer.join(peers, new ChainWeight(BigInteger.TWO.pow(100), 1_000, HIGH));
        FakePeer honest = serving(remote);

        step();

        assertThat(staller.closedFor()).contains(DisconnectReason.REQUEST_TIMEOUT);
        assertThat(honest.received()).isEmpty();
        assertThat(local.chain().head().height()).isZero();

        step();

        assertThat(local.chain().head().hash()).isEqualTo(blocks.get(4).hash());
        assertThat(honest.closedFor()).isEmpty();
    }

    @Test
    void aPeerWithNothingAfterOurLocatorRestsForARequestTimeoutThenIsAskedAgain() {
        FakePeer empty = FakePeer.join(peers, new ChainWeight(BigInteger.TWO.pow(100), 5, HIGH))
                .answering(request -> Optional.of(new BlocksPage(List.of())));

        step();
        assertThat(sync.bestPeer()).as("resting").isEmpty();
        clock.advance(REQUEST_TIMEOUT);
        assertThat(sync.bestPeer()).contains(empty.peer());
        step();

        assertThat(empty.received(BlocksRequest.class)).hasSize(2);
        assertThat(empty.closedFor()).isEmpty();
    }

    @Test
    void aPeerWhoseBlocksAreFromTheFutureRestsAndStaysConnected() {
        Block early = factory.extend(factory.genesis(), 1,
                builder -> builder.timestamp(System.currentTimeMillis() + Duration.ofHours(1).toMillis())).get(0);
        FakePeer peer = FakePeer.join(peers, new ChainWeight(BigInteger.TWO.pow(100), 1, early.hash()))
                .answering(request -> Optional.of(new BlocksPage(List.of(early))));

        step();

        assertThat(peer.closedFor()).isEmpty();
        assertThat(sync.bestPeer()).as("resting").isEmpty();
        assertThat(local.chain().head().height()).isZero();
    }

    @Test
    void aPageThatDoesNotStartAtOurLocatorIsABadResponse() {
        List<Block> blocks = factory.blocks(3);
        FakePeer peer = FakePeer.join(peers, new ChainWeight(BigInteger.TWO.pow(100), 3, blocks.get(2).hash()))
                .answering(request -> Optional.of(new BlocksPage(blocks.subList(1, 3))));

        step();

        assertThat(peer.closedFor()).contains(DisconnectReason.BAD_RESPONSE);
        assertThat(local.submitted()).isEmpty();
    }

    @Test
    void aPageWithABlockThatBreaksARuleGetsItsSenderDropped() {
        Block weak = factory.extend(factory.genesis(), 1, builder -> builder.insufficientWork()).get(0);
        FakePeer peer = FakePeer.join(peers, new ChainWeight(BigInteger.TWO.pow(100), 1, weak.hash()))
                .answering(request -> Optional.of(new BlocksPage(List.of(weak))));

        step();

        assertThat(peer.closedFor()).contains(DisconnectReason.INVALID_BLOCK);
        assertThat(local.chain().head().height()).isZero();
    }

    @Test
    void onEqualWorkThePeerWithTheLowerHeadIsChosen() {
        BigInteger work = BigInteger.TWO.pow(40);
        ChainWeight lower = new ChainWeight(work, 9, HIGH);

        assertThat(chosenAmong(new ChainWeight(work, 10, LOW), lower, new ChainWeight(work, 11, LOW)))
                .containsOnly(lower);
    }

    @Test
    void onEqualWorkAndHeightThePeerWithTheLowerHashIsChosen() {
        BigInteger work = BigInteger.TWO.pow(40);
        ChainWeight low = new ChainWeight(work, 10, LOW);

        assertThat(chosenAmong(new ChainWeight(work, 10, HIGH), low, new ChainWeight(work, 10, MIDDLE)))
                .containsOnly(low);
    }

    @Test
    void moreWorkWinsOverALowerHead() {
        ChainWeight heavier = new ChainWeight(BigInteger.TWO.pow(40).add(BigInteger.ONE), 20, HIGH);

        assertThat(chosenAmong(heavier, new ChainWeight(BigInteger.TWO.pow(40), 10, LOW))).containsOnly(heavier);
    }

    @Test
    void aPeerIsAheadExactlyWhenForkChoicePrefersItsHeadToOurs() {
        ChainFactory.importAll(local, factory.blocks(3));
        ChainHead ours = local.chain().head();
        PeerTable table = new PeerTable(1);
        Synchronizer judge = new Synchronizer(local, table, REQUEST_TIMEOUT, clock, announced::add);

        assertThat(aheadOf(judge, table, new ChainWeight(ours.totalWork(), 2, HIGH))).as("lower height").isTrue();
        assertThat(aheadOf(judge, table, new ChainWeight(ours.totalWork(), 3, Hash32.ZERO))).as("lower hash")
                .isTrue();
        assertThat(aheadOf(judge, table, new ChainWeight(ours.totalWork(), 3, Hash32.parse("ff".repeat(32)))))
                .as("higher hash").isFalse();
        assertThat(aheadOf(judge, table, new ChainWeight(ours.totalWork(), 4, HIGH))).as("higher height").isFalse();
        assertThat(aheadOf(judge, table, new ChainWeight(ours.totalWork(), 3, ours.hash()))).as("our head")
                .isFalse();
    }

    @Test
    void aBranchOfEqualWorkThatForkChoicePrefersIsSyncedAndBecomesTheHead() {
        Block first = factory.blocks(1).get(0);
        Block second = factory.extend(factory.genesis(), 1,
                builder -> builder.timestamp(first.header().timestamp() + 1)).get(0);
        boolean firstIsBetter = first.hash().compareTo(second.hash()) < 0;
        Block better = firstIsBetter ? first : second;
        ChainFactory.importAll(local, List.of(firstIsBetter ? second : first));
        ChainFactory.importAll(remote, List.of(better));
        serving(remote);

        step();

        assertThat(local.chain().head().hash()).isEqualTo(better.hash());
    }

    /** The head of the peer chosen among peers with {@code heads}, once for each order of joining (rotations). */
    private List<ChainWeight> chosenAmong(ChainWeight... heads) {
        List<ChainWeight> chosen = new ArrayList<>();
        for (int shift = 0; shift < heads.length; shift++) {
            PeerTable table = new PeerTable(heads.length);
            for (int i = 0; i < heads.length; i++) {
                FakePeer.join(table, heads[(i + shift) % heads.length]);
            }
            Synchronizer judge = new Synchronizer(local, table, REQUEST_TIMEOUT, clock, announced::add);
            chosen.add(judge.bestPeer().orElseThrow().head());
        }
        return chosen;
    }

    private static boolean aheadOf(Synchronizer judge, PeerTable table, ChainWeight head) {
        FakePeer peer = FakePeer.join(table, head);
        try {
            return judge.bestPeer().isPresent();
        } finally {
            peer.close(DisconnectReason.SHUTDOWN, "next case");
        }
    }

    /** A peer at {@code node}'s head that serves pages from its chain. */
    private FakePeer serving(InlineNode node) {
        BlockServer server = new BlockServer(node.chain());
        return FakePeer.join(peers, headOf(node)).answering(request -> Optional.of(server.page(request)));
    }

    private static ChainWeight headOf(InlineNode node) {
        return node.chain().head().weight();
    }

    private void step() {
        try {
            sync.step();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
