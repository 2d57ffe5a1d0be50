package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.types.Hash32;
import java.math.BigInteger;

/** {@code BLH}: {@code [headHeight, headHash, totalWork]}, the sender's head, asked for or not. Immutable. */
public record HeadAnnouncement(long height, Hash32 hash, BigInteger totalWork) implements Message {
    public HeadAnnouncement {
        if (height < 0) {
            throw new IllegalArgumentException("the height is unsigned");
        }
        WorkBytes.requireUnsigned(totalWork);
    }

    public static HeadAnnouncement read(CanonicalReader r) {
        r.array(3, "BLH");
        long height = r.u64("BLH.headHeight");
        Hash32 hash = r.hash("BLH.headHash");
        BigInteger work = WorkBytes.read(r, "BLH.totalWork");
        return new HeadAnnouncement(height, hash, work);
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(3).u64(height).hash(hash);
        WorkBytes.write(w, totalWork);
    }

    @Override
    public MessageType type() {
        return MessageType.BLH;
    }
}
