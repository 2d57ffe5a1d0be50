package dev.ccoin.node.discovery.lan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.testing.MutableClock;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Hash32;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnnouncementScreenTest {
    private static final long NETWORK = 7;
    private static final Hash32 GENESIS = Hash32.parse("ab".repeat(32));
    private static final long NOW = 1_700_000_000_000L;

    private final MutableClock clock = new MutableClock(NOW);
    private final KeyPair self = TestKeys.get(0);
    private final KeyPair sender = TestKeys.get(1);
    private final AnnouncementScreen screen = new AnnouncementScreen(NETWORK, GENESIS,
            RsaKeys.address(self.getPublic()), clock);

    private static byte[] honest(KeyPair key, long seq) {
        return IndependentEncoder.datagram(key, NETWORK, GENESIS.toArray(), 30303, seq);
    }

    private Optional<LanDropReason> judge(byte[] datagram) {
        return screen.judge(datagram, datagram.length).drop();
    }

    @Test
    void announcementWrittenFromTheSpecAloneIsAcceptedWithItsFields() {
        Verdict verdict = screen.judge(honest(sender, NOW), honest(sender, NOW).length);

        LanAnnouncement announcement = verdict.announcement().orElseThrow();
        assertThat(announcement.nodeId()).isEqualTo(RsaKeys.address(sender.getPublic()));
        assertThat(announcement.p2pPort()).isEqualTo(30303);
        assertThat(announcement.seq()).isEqualTo(NOW);
    }

    @Test
    void nodesOwnEncodingIsByteForByteTheSpecs() {
        // PSS signatures are randomised, so compare with the node's signature in place.
        LanAnnouncement ours = LanAnnouncement.signed(sender, NETWORK, GENESIS, 30303, NOW);
        byte[] spec = IndependentEncoder.datagram(NETWORK, GENESIS.toArray(), sender.getPublic().getEncoded(), 30303,
                NOW, ours.signature().toArray());

        assertThat(ours.datagram()).isEqualTo(spec);
        assertThat(judge(ours.datagram())).isEmpty();
    }

    @Test
    void datagramOverTwelveHundredBytesIsDroppedUnread() {
        byte[] buffer = Arrays.copyOf(honest(sender, NOW), 1_300);

        assertThat(screen.judge(buffer, 1_201).drop()).contains(LanDropReason.OVERSIZE);
    }

    @Test
    void datagramWithoutTheMagicIsDropped() {
        byte[] datagram = honest(sender, NOW);
        datagram[3] = '2';

        assertThat(judge(datagram)).contains(LanDropReason.NO_MAGIC);
        assertThat(judge(new byte[] {'C', 'C'})).contains(LanDropReason.NO_MAGIC);
    }

    @Test
    void truncatedOrTrailingBytesAreMalformed() {
        byte[] datagram = honest(sender, NOW);

        assertThat(judge(Arrays.copyOf(datagram, datagram.length - 10))).contains(LanDropReason.MALFORMED);
        assertThat(judge(Arrays.copyOf(datagram, datagram.length + 1))).contains(LanDropReason.MALFORMED);
        assertThat(judge(Arrays.copyOf(datagram, 4))).contains(LanDropReason.MALFORMED);
    }

    @Test
    void portZeroIsMalformed() {
        assertThat(judge(IndependentEncoder.datagram(sender, NETWORK, GENESIS.toArray(), 0, NOW)))
                .contains(LanDropReason.MALFORMED);
    }

    @Test
    void anotherNetworkOrGenesisIsDropped() {
        assertThat(judge(IndependentEncoder.datagram(sender, NETWORK + 1, GENESIS.toArray(), 30303, NOW)))
                .contains(LanDropReason.WRONG_NETWORK);
        assertThat(judge(IndependentEncoder.datagram(sender, NETWORK, new byte[32], 30303, NOW)))
                .contains(LanDropReason.WRONG_NETWORK);
    }

    @Test
    void ownAnnouncementIsDropped() {
        assertThat(judge(honest(self, NOW))).contains(LanDropReason.OWN_ANNOUNCEMENT);
    }

    @Test
    void seqMoreThanThirtySecondsFromTheClockEitherWayIsStale() {
        assertThat(judge(honest(sender, NOW - 30_001))).contains(LanDropReason.STALE_SEQ);
        assertThat(judge(honest(sender, NOW + 30_001))).contains(LanDropReason.STALE_SEQ);
        assertThat(judge(honest(sender, NOW - 30_000))).isEmpty();
    }

    @Test
    void seqNotAboveTheLastAcceptedIsAReplay() {
        byte[] first = honest(sender, NOW);
        assertThat(judge(first)).isEmpty();

        assertThat(judge(first)).contains(LanDropReason.REPLAYED_SEQ);
        assertThat(judge(honest(sender, NOW - 1))).contains(LanDropReason.REPLAYED_SEQ);
        assertThat(judge(honest(sender, NOW + 1))).isEmpty();
    }

    @Test
    void forgedHighSeqDoesNotLockOutTheHonestSender() {
        byte[] forged = IndependentEncoder.datagram(NETWORK, GENESIS.toArray(), sender.getPublic().getEncoded(),
                30303, NOW + 20_000, new byte[256]);

        assertThat(judge(forged)).contains(LanDropReason.BAD_SIGNATURE);
        assertThat(judge(honest(sender, NOW))).isEmpty();
    }

    @Test
    void signatureOfOtherFieldsIsBad() {
        byte[] genuine = honest(sender, NOW);
        LanAnnouncement other = LanAnnouncement.signed(sender, NETWORK, GENESIS, 30304, NOW);
        byte[] spliced = IndependentEncoder.datagram(NETWORK, GENESIS.toArray(), sender.getPublic().getEncoded(),
                30303, NOW, other.signature().toArray());

        assertThat(judge(spliced)).contains(LanDropReason.BAD_SIGNATURE);
        assertThat(judge(genuine)).isEmpty();
    }

    @Test
    void nodeKeyThatIsNotAnRsaKeyIsBad() {
        byte[] datagram = IndependentEncoder.datagram(NETWORK, GENESIS.toArray(), new byte[] {1, 2, 3}, 30303, NOW,
                new byte[256]);

        assertThat(judge(datagram)).contains(LanDropReason.BAD_KEY);
    }

    @Test
    void cheaperRulesDecideFirst() {
        // Another network and a stale seq and a bad signature: the network rule, earliest, names it.
        byte[] datagram = IndependentEncoder.datagram(NETWORK + 1, GENESIS.toArray(), sender.getPublic().getEncoded(),
                30303, NOW - 60_000, new byte[256]);

        assertThat(judge(datagram)).contains(LanDropReason.WRONG_NETWORK);
    }

    @Test
    void atMostOneHundredSignaturesAreCheckedEachSecond() {
        byte[] forged = IndependentEncoder.datagram(NETWORK, GENESIS.toArray(), sender.getPublic().getEncoded(),
                30303, NOW, new byte[256]);
        int verified = 0;
        int limited = 0;
        for (int i = 0; i < 10_000; i++) {
            LanDropReason reason = judge(forged).orElseThrow();
            if (reason == LanDropReason.BAD_SIGNATURE) {
                verified++;
            } else if (reason == LanDropReason.RATE_LIMITED) {
                limited++;
            }
        }
        assertThat(verified).isEqualTo(100);
        assertThat(limited).isEqualTo(9_900);
        assertThat(judge(honest(sender, NOW))).contains(LanDropReason.RATE_LIMITED);

        clock.advance(1_000);

        assertThat(judge(honest(sender, NOW + 1_000))).isEmpty();
    }
}
