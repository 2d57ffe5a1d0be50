package dev.ccoin.node.discovery.lan;

import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.crypto.KeyFormatException;
import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The receiver's rules of protocol §9.2, run in its order, cheapest first: size, magic, decoding, network and genesis,
 * own node id, the seq window (±30 s of this node's clock) and monotonicity per node id — none of which needs a
 * public-key operation — then, within a budget of 100 a second, the node key and the signature. A forged datagram
 * thus costs at most one signature check, and a flood of them at most 100 a second. Remembers the last accepted
 * {@code seq} of up to {@value #MAX_SENDERS} node ids (only verified announcements are remembered, so forgeries
 * cannot push out honest senders). Not thread-safe: owned by the receiver thread.
 */
final class AnnouncementScreen {
    static final Duration SEQ_WINDOW = Duration.ofSeconds(30);
    static final int SIGNATURE_CHECKS_PER_SECOND = 100;
    static final int MAX_SENDERS = 4_096;

    private final long networkId;
    private final Hash32 genesisHash;
    private final Address self;
    private final Clock clock;
    private final SignatureBudget budget;
    private final Map<Address, Long> lastSeq = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Address, Long> eldest) {
            return size() > MAX_SENDERS;
        }
    };

    AnnouncementScreen(long networkId, Hash32 genesisHash, Address self, Clock clock) {
        this.networkId = networkId;
        this.genesisHash = genesisHash;
        this.self = self;
        this.clock = clock;
        this.budget = new SignatureBudget(clock, SIGNATURE_CHECKS_PER_SECOND);
    }

    /** Judges the first {@code length} bytes of {@code datagram} (which may hold more, up to the read limit). */
    Verdict judge(byte[] datagram, int length) {
        if (length > LanAnnouncement.MAX_DATAGRAM_BYTES) {
            return Verdict.dropped(LanDropReason.OVERSIZE);
        }
        if (!LanAnnouncement.hasMagic(datagram, length)) {
            return Verdict.dropped(LanDropReason.NO_MAGIC);
        }
        LanAnnouncement announcement;
        try {
            announcement = LanAnnouncement.decode(datagram, length);
        } catch (DecodeException | IllegalArgumentException e) {
            return Verdict.dropped(LanDropReason.MALFORMED);
        }
        if (announcement.networkId() != networkId || !announcement.genesisHash().equals(genesisHash)) {
            return Verdict.dropped(LanDropReason.WRONG_NETWORK);
        }
        Address nodeId = announcement.nodeId();
        if (nodeId.equals(self)) {
            return Verdict.dropped(LanDropReason.OWN_ANNOUNCEMENT);
        }
        if (Math.abs(announcement.seq() - clock.millis()) > SEQ_WINDOW.toMillis()) {
            return Verdict.dropped(LanDropReason.STALE_SEQ);
        }
        Long last = lastSeq.get(nodeId);
        if (last != null && announcement.seq() <= last) {
            return Verdict.dropped(LanDropReason.REPLAYED_SEQ);
        }
        if (!budget.tryTake()) {
            return Verdict.dropped(LanDropReason.RATE_LIMITED);
        }
        PublicKey key;
        try {
            key = RsaKeys.publicKey(announcement.nodeKey());
        } catch (KeyFormatException e) {
            return Verdict.dropped(LanDropReason.BAD_KEY);
        }
        if (!Pss.verify(key, announcement.signingHash(), announcement.signature())) {
            return Verdict.dropped(LanDropReason.BAD_SIGNATURE);
        }
        lastSeq.put(nodeId, announcement.seq());
        return Verdict.accepted(announcement);
    }
}
