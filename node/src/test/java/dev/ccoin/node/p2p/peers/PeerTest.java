package dev.ccoin.node.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.types.Hash32;
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
        Peer peer = FakePeer.join(table, new PeerHead(10, LOW, WORK)).peer();
        PeerHead heavier = new PeerHead(20, HIGH, WORK.add(BigInteger.ONE));

        peer.sawHead(heavier);

        assertThat(peer.head()).isEqualTo(heavier);
    }

    @Test
    void onEqualWorkALowerBlockRaisesTheHead() {
        Peer peer = FakePeer.join(table, new PeerHead(10, LOW, WORK)).peer();
        PeerHead lower = new PeerHead(9, HIGH, WORK);

        peer.sawHead(lower);
        peer.sawHead(new PeerHead(11, LOW, WORK));

        assertThat(peer.head()).isEqualTo(lower);
    }

    @Test
    void onEqualWorkAndHeightTheLowerHashRaisesTheHead() {
        Peer peer = FakePeer.join(table, new PeerHead(10, HIGH, WORK)).peer();
        PeerHead low = new PeerHead(10, LOW, WORK);

        peer.sawHead(low);
        peer.sawHead(new PeerHead(10, HIGH, WORK));

        assertThat(peer.head()).isEqualTo(low);
    }

    @Test
    void aBlockWithLessWorkLeavesTheHead() {
        PeerHead head = new PeerHead(10, LOW, WORK);
        Peer peer = FakePeer.join(table, head).peer();

        peer.sawHead(new PeerHead(2, Hash32.ZERO, WORK.subtract(BigInteger.ONE)));

        assertThat(peer.head()).isEqualTo(head);
    }

    @Test
    void anAnnouncedHeadIsTakenAsItIsEvenWithLessWork() {
        Peer peer = FakePeer.join(table, new PeerHead(10, LOW, WORK)).peer();
        PeerHead otherBranch = new PeerHead(8, HIGH, WORK.subtract(BigInteger.ONE));

        peer.announcedHead(otherBranch);

        assertThat(peer.head()).isEqualTo(otherBranch);
    }
}
