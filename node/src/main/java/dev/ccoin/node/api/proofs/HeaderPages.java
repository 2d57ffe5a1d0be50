package dev.ccoin.node.api.proofs;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.chain.ChainView;
import dev.ccoin.node.storage.StorageError;
import dev.ccoin.node.storage.StorageException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Pages of canonical sealed headers, {@code [[header, minerKey, signature, nonce], ...]} for heights
 * {@code from, from+1, …}, at most {@link #MAX_LIMIT}, ending at the head. The page's last block is read first and
 * the rest by parent hash, so a reorg during the read never mixes two branches in one page: every page is one
 * chain, linked as a client will check it. Thread-safe: reads the chain view only.
 */
final class HeaderPages {
    /** The most headers one page holds (protocol §10.1). */
    static final int MAX_LIMIT = 2_000;

    private final ChainView chain;

    HeaderPages(ChainView chain) {
        this.chain = chain;
    }

    /** The encoded page; an empty array when {@code from} is above the head. */
    byte[] page(long from, int limit) {
        ChainHead head = chain.head();
        Deque<SealedHeader> page = new ArrayDeque<>(Math.min(limit, MAX_LIMIT));
        if (from <= head.height()) {
            long last = Math.min(head.height(), from + limit - 1);
            // After a reorg to a lower head the height may be gone from the index: then the old head's branch.
            Block block = last == head.height() ? head.block()
                    : chain.blockAt(last).orElseGet(() -> ancestor(head.block(), last));
            page.addFirst(SealedHeader.of(block));
            while (block.height() > from) {
                block = parentOf(block);
                page.addFirst(SealedHeader.of(block));
            }
        }
        CanonicalWriter writer = new CanonicalWriter().array(page.size());
        page.forEach(writer::write);
        return writer.toByteArray();
    }

    private Block ancestor(Block block, long height) {
        Block at = block;
        while (at.height() > height) {
            at = parentOf(at);
        }
        return at;
    }

    private Block parentOf(Block block) {
        Optional<Block> parent = chain.block(block.header().parentHash());
        return parent.orElseThrow(() -> new StorageException(StorageError.CORRUPT,
                "block " + block.hash() + " is stored without its parent " + block.header().parentHash()));
    }
}
