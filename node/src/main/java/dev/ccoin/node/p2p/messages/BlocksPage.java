package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import java.util.List;

/**
 * {@code ABL}: {@code [[block wire...]]}, the answer to {@code RBL}: at most {@link BlocksRequest#MAX_BLOCKS}
 * blocks in height order, at most {@link #MAX_PAGE_BYTES} in all unless a single block is larger. Whether the
 * blocks really follow each other is the requester's check. Immutable.
 */
public record BlocksPage(List<Block> blocks) implements Message {
    /** The byte budget of a page's blocks (protocol §8: 4 MiB). */
    public static final int MAX_PAGE_BYTES = 4 * 1024 * 1024;

    public BlocksPage {
        blocks = List.copyOf(blocks);
        if (blocks.size() > BlocksRequest.MAX_BLOCKS) {
            throw new IllegalArgumentException("a page has at most " + BlocksRequest.MAX_BLOCKS + " blocks");
        }
    }

    public static BlocksPage read(CanonicalReader r) {
        r.array(1, "ABL");
        int count = r.arrayHeader(BlocksRequest.MAX_BLOCKS, "ABL.blocks");
        Block[] blocks = new Block[count];
        for (int i = 0; i < count; i++) {
            blocks[i] = Block.read(r);
        }
        return new BlocksPage(List.of(blocks));
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(1).array(blocks.size());
        blocks.forEach(w::write);
    }

    @Override
    public MessageType type() {
        return MessageType.ABL;
    }
}
