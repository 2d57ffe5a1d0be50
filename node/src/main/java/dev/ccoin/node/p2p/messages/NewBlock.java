package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;

/** {@code BLK}: a gossiped block; the body is the block's wire encoding itself. Immutable. */
public record NewBlock(Block block) implements Message {
    public static NewBlock read(CanonicalReader r) {
        return new NewBlock(Block.read(r));
    }

    @Override
    public void write(CanonicalWriter w) {
        w.write(block);
    }

    @Override
    public MessageType type() {
        return MessageType.BLK;
    }
}
