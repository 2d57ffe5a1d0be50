package dev.ccoin.node.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.types.Hash32;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recently used decoded blocks, so the head's ancestors are not decoded again on every import. Bounded twice: by
 * blocks, and by the transactions they hold — a decoded transaction keeps its wire bytes and its decoded fields, over
 * a kilobyte, so a thousand full blocks would be gigabytes. The least recently used go first, but the newest block
 * always stays. Thread-safe.
 */
final class BlockCache {
    private final int maxBlocks;
    private final long maxTransactions;
    private final Map<Hash32, Block> blocks = new LinkedHashMap<>(16, 0.75f, true);
    private long transactions;

    BlockCache(int maxBlocks, long maxTransactions) {
        if (maxBlocks < 1 || maxTransactions < 0) {
            throw new IllegalArgumentException("a block cache holds at least one block");
        }
        this.maxBlocks = maxBlocks;
        this.maxTransactions = maxTransactions;
    }

    synchronized Block get(Hash32 hash) {
        return blocks.get(hash);
    }

    synchronized void put(Block block) {
        if (blocks.put(block.hash(), block) == null) {
            transactions += block.transactions().size();
        }
        Iterator<Block> leastRecent = blocks.values().iterator();
        while (blocks.size() > 1 && (blocks.size() > maxBlocks || transactions > maxTransactions)) {
            transactions -= leastRecent.next().transactions().size();
            leastRecent.remove();
        }
    }

    synchronized int size() {
        return blocks.size();
    }
}
