package dev.ccoin.node.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.consensus.ChainWeight;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** A peer's known head moves only to a head fork choice prefers, the order the chain picks its own head by. */
class PeerTest {
    private static final BigInteger WORK = BigInteger.valueOf(1_000);
    private static final Hash32 LOW = Hash32.parse("00" + "11".repeat(31));
    private static final Hash32 HIGH = Hash32.parse("00" + "ee".repeat(31));

    private final PeerTable table = new PeerTable(4);

    @Test
    void aBlockWithMoreWorkRaisesTheHeadWhateverItsHeight() {
        Peer peer = FakePeer.join(table, new ChainWeight(WORK, 10, LOW)).peer();
        ChainWeight heavier = new ChainWeight(WORK.add(BigInteger.ONE), 20, HIGH);

        peer.sawHead(heavier);

        assertThat(peer.head()).isEqualTo(heavier);
    }

    @Test
    void onEqualWorkALowerBlockRaisesTheHead() {
        Peer peer = FakePeer.join(table, new ChainWeight(WORK, 10, LOW)).peer();
        ChainWeight lower = new ChainWeight(WORK, 9, HIGH);

        peer.sawHead(lower);
        peer.sawHead(new ChainWeight(WORK, 11, LOW));

        assertThat(peer.head()).isEqualTo(lower);
    }

    @Test
    void onEqualWorkAndHeightTheLowerHashRaisesTheHead() {
        Peer peer = FakePeer.join(table, new ChainWeight(WORK, 10, HIGH)).peer();
        ChainWeight low = new ChainWeight(WORK, 10, LOW);

        peer.sawHead(low);
        peer.sawHead(new ChainWeight(WORK, 10, HIGH));

        assertThat(peer.head()).isEqualTo(low);
    }

    @Test
    void aBlockWithLessWorkLeavesTheHead() {
        ChainWeight head = new ChainWeight(WORK, 10, LOW);
        Peer peer = FakePeer.join(table, head).peer();

        peer.sawHead(new ChainWeight(WORK.subtract(BigInteger.ONE), 2, Hash32.ZERO));

        assertThat(peer.head()).isEqualTo(head);
    }

    @Test
    void anAnnouncedHeadIsTakenAsItIsEvenWithLessWork() {
        Peer peer = FakePeer.join(table, new ChainWeight(WORK, 10, LOW)).peer();
        ChainWeight otherBranch = new ChainWeight(WORK.subtract(BigInteger.ONE), 8, HIGH);

        peer.announcedHead(otherBranch);

        assertThat(peer.head()).isEqualTo(otherBranch);
    }
}
