package dev.ccoin.node.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.BlockHeader;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decoded-block cache is bounded by blocks and by the transactions they hold, least recently used out first. */
class BlockCacheTest {
    private static final Transaction TX = new TxBuilder(TestChain.params(1)).build();

    @Test
    void evictsTheLeastRecentlyUsedBlocksOnceTheirTransactionsPassTheBound() {
        BlockCache cache = new BlockCache(100, 10);
        Block first = block(1, 4);
        Block second = block(2, 4);
        Block third = block(3, 4);
        cache.put(first);
        cache.put(second);
        cache.get(first.hash());

        cache.put(third);

        assertThat(cache.get(second.hash())).as("least recently used").isNull();
        assertThat(cache.get(first.hash())).isEqualTo(first);
        assertThat(cache.get(third.hash())).isEqualTo(third);
    }

    @Test
    void evictsByCountWhenBlocksAreSmall() {
        BlockCache cache = new BlockCache(2, 1_000);
        for (int height = 1; height <= 5; height++) {
            cache.put(block(height, 1));
        }

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(block(5, 1).hash())).isNotNull();
    }

    @Test
    void keepsTheNewestBlockEvenWhenItAloneIsOverTheBound() {
        BlockCache cache = new BlockCache(100, 3);
        cache.put(block(1, 2));
        Block big = block(2, 8);

        cache.put(big);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get(big.hash())).isEqualTo(big);
    }

    @Test
    void puttingTheSameBlockTwiceCountsItsTransactionsOnce() {
        BlockCache cache = new BlockCache(100, 8);
        Block block = block(1, 4);
        cache.put(block);
        cache.put(block);
        Block other = block(2, 4);

        cache.put(other);

        assertThat(cache.size()).isEqualTo(2);
    }

    /** A structurally whole block at {@code height} carrying {@code count} copies of one transaction. */
    private static Block block(long height, int count) {
        BlockHeader header = new BlockHeader(1, 1, height, Hash32.ZERO, Hash32.ZERO, Hash32.ZERO, height,
                Address.of(new byte[Address.LENGTH]), 1, Bytes.EMPTY);
        List<Transaction> transactions = Collections.nCopies(count, TX);
        return new Block(header, Bytes.EMPTY, Bytes.EMPTY, 0, transactions);
    }
}
