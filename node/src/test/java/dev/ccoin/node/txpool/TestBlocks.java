package dev.ccoin.node.txpool;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.BlockHeader;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.chain.HeadChange;
import java.math.BigInteger;
import java.util.List;

/**
 * Blocks and head changes as the pool sees them: only the transactions matter, so headers are placeholders and
 * blocks are unsealed. The pool never validates a block; consensus has done that before a head change.
 */
final class TestBlocks {
    private TestBlocks() {
    }

    /** A block at {@code height} carrying {@code txs}; {@code branch} tells apart blocks of rival branches. */
    static Block block(long height, String branch, Transaction... txs) {
        BlockHeader header = new BlockHeader(1, Txs.PARAMS.networkId(), height, Hash32.ZERO, Hash32.ZERO,
                Hash32.ZERO, 1_700_000_000_000L + height, Address.ZERO, 0, Bytes.utf8(branch));
        return new Block(header, Bytes.EMPTY, Bytes.EMPTY, 0, List.of(txs));
    }

    /** The head moving from {@code removed}'s parent onto {@code added}: removed newest first, added oldest first. */
    static HeadChange change(List<Block> removed, List<Block> added) {
        Block previous = removed.isEmpty() ? block(0, "genesis") : removed.get(0);
        Block current = added.isEmpty() ? previous : added.get(added.size() - 1);
        return new HeadChange(head(previous), head(current), removed, added);
    }

    /** A plain extension of the chain by {@code added}. */
    static HeadChange extend(Block... added) {
        return change(List.of(), List.of(added));
    }

    private static ChainHead head(Block block) {
        return new ChainHead(block, BigInteger.valueOf(block.height() + 1), List.of());
    }
}
