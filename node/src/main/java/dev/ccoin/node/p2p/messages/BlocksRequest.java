package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.types.Hash32;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code RBL}: {@code [locator, max]} — asks for up to {@code max} blocks after the newest locator hash on the
 * responder's best chain. The locator runs from the asker's tip back to genesis (see the sync package). A
 * {@code max} above {@link #MAX_BLOCKS} is answered as if it were {@link #MAX_BLOCKS}. Immutable.
 */
public record BlocksRequest(List<Hash32> locator, int max) implements Message {
    /** The most blocks one {@code ABL} page carries. */
    public static final int MAX_BLOCKS = 128;
    /** Far above the 65 hashes a doubling locator needs for any height below 2^63. */
    public static final int MAX_LOCATOR = 128;

    public BlocksRequest {
        locator = List.copyOf(locator);
        if (locator.size() > MAX_LOCATOR) {
            throw new IllegalArgumentException("a locator has at most " + MAX_LOCATOR + " hashes");
        }
        if (max < 0) {
            throw new IllegalArgumentException("max is unsigned");
        }
    }

    public static BlocksRequest read(CanonicalReader r) {
        r.array(2, "RBL");
        int count = r.arrayHeader(MAX_LOCATOR, "RBL.locator");
        List<Hash32> locator = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            locator.add(r.hash("RBL.locator"));
        }
        int max = r.u32(Integer.MAX_VALUE, "RBL.max");
        return new BlocksRequest(locator, max);
    }

    /** {@code max}, capped at {@link #MAX_BLOCKS}. */
    public int effectiveMax() {
        return Math.min(max, MAX_BLOCKS);
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(2).array(locator.size());
        locator.forEach(w::hash);
        w.u64(max);
    }

    @Override
    public MessageType type() {
        return MessageType.RBL;
    }
}
