package dev.ccoin.node.p2p.sync;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.chain.ChainView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A block locator (protocol §8): the hash of a tip, then of the blocks 1, 2, 4, 8 … heights below it, ending at genesis
 * — about log2(height) hashes that let a peer find where our chains part however far apart they are. The tip may
 * sit on a side branch (the last block a sync imported before its branch outweighs the head): the locator follows
 * that branch's parents down to the canonical chain and takes the canonical blocks below. Stateless.
 */
public final class Locator {
    private Locator() {
    }

    /** The locator of {@code tip}, a block stored in {@code chain}. */
    public static List<Hash32> of(ChainView chain, Block tip) {
        List<Hash32> hashes = new ArrayList<>();
        hashes.add(tip.hash());
        Block cursor = tip;
        boolean canonical = isCanonical(chain, cursor);
        for (long height : heightsBelow(tip.height())) {
            while (!canonical && cursor.height() > height) {
                Optional<Block> parent = chain.block(cursor.header().parentHash());
                if (parent.isEmpty()) {
                    return hashes;
                }
                cursor = parent.get();
                canonical = isCanonical(chain, cursor);
            }
            if (canonical) {
                chain.blockAt(height).ifPresent(block -> hashes.add(block.hash()));
            } else {
                hashes.add(cursor.hash());
            }
        }
        return hashes;
    }

    /**
     * The locator for the blocks after {@code next}, a block received but not stored yet whose chain runs back to
     * {@code stored}: {@code next}'s hash, then the locator of {@code stored}. A peer finds {@code next} on its best
     * chain and answers with the blocks after it, or, if it has moved to another branch since, with the blocks after
     * the newest of the others it still has.
     */
    public static List<Hash32> following(Block next, ChainView chain, Block stored) {
        List<Hash32> hashes = new ArrayList<>();
        hashes.add(next.hash());
        hashes.addAll(of(chain, stored));
        return hashes;
    }

    /** {@code tip-1, tip-2, tip-4, …} while above 0, then 0. */
    static List<Long> heightsBelow(long tip) {
        List<Long> heights = new ArrayList<>();
        for (long back = 1; back < tip && back > 0; back <<= 1) {
            heights.add(tip - back);
        }
        if (tip > 0) {
            heights.add(0L);
        }
        return heights;
    }

    private static boolean isCanonical(ChainView chain, Block block) {
        return chain.blockAt(block.height()).map(b -> b.hash().equals(block.hash())).orElse(false);
    }
}
