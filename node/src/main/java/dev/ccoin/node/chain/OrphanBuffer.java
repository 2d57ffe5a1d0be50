package dev.ccoin.node.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.types.Hash32;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Blocks whose parent is unknown, held until the parent arrives. Bounded: when full, the oldest orphan goes, so a
 * peer sending junk with made-up parents can only cycle this buffer, never grow it. Owned by the chain thread.
 */
final class OrphanBuffer {
    private final int capacity;
    private final LinkedHashMap<Hash32, Block> byHash = new LinkedHashMap<>();

    OrphanBuffer(int capacity) {
        this.capacity = capacity;
    }

    void add(Block block) {
        if (byHash.containsKey(block.hash())) {
            return;
        }
        if (byHash.size() >= capacity) {
            Hash32 oldest = byHash.keySet().iterator().next();
            byHash.remove(oldest);
        }
        byHash.put(block.hash(), block);
    }

    /** Removes and returns the orphans whose parent is {@code parent}. */
    List<Block> takeChildrenOf(Hash32 parent) {
        List<Block> children = new ArrayList<>();
        byHash.values().removeIf(block -> {
            if (block.header().parentHash().equals(parent)) {
                children.add(block);
                return true;
            }
            return false;
        });
        return children;
    }

    int size() {
        return byHash.size();
    }
}
