package dev.ccoin.node.chain;

import dev.ccoin.core.types.Hash32;
import java.nio.ByteBuffer;

/** Where a canonical transaction sits: its block and its position in the block. */
public record TxLocation(Hash32 blockHash, long height, int index) {
    static final int ENCODED_LENGTH = Hash32.LENGTH + Long.BYTES + Integer.BYTES;

    byte[] encode() {
        return ByteBuffer.allocate(ENCODED_LENGTH).put(blockHash.toArray()).putLong(height).putInt(index).array();
    }

    static TxLocation decode(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        byte[] hash = new byte[Hash32.LENGTH];
        buffer.get(hash);
        return new TxLocation(Hash32.of(hash), buffer.getLong(), buffer.getInt());
    }
}
