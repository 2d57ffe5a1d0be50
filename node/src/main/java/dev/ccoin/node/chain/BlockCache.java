package dev.ccoin.node.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.types.Hash32;
import java.util.LinkedHashMap;
import java.util.Map;

/** Recently used decoded blocks, so the head's ancestors are not decoded again on every import. Thread-safe. */
final class BlockCache {
    private final Map<Hash32, Block> blocks;

    BlockCache(int capacity) {
        this.blocks = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Hash32, Block> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Block get(Hash32 hash) {
        return blocks.get(hash);
    }

    synchronized void put(Block block) {
        blocks.put(block.hash(), block);
    }
}
