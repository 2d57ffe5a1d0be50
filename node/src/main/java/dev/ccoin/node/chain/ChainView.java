package dev.ccoin.node.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.state.StateView;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** Read access to a chain, safe from any thread: the head is an immutable snapshot, blocks never change. */
public interface ChainView {
    ChainParams params();

    ChainHead head();

    Optional<Block> block(Hash32 hash);

    /** The canonical block at {@code height}. */
    Optional<Block> blockAt(long height);

    /** The accounts at a kept block's state root. */
    StateView stateAt(Hash32 stateRoot);

    /** The accounts at the head. */
    StateView headState();

    /** Where a canonical transaction sits, if it is in the canonical chain. */
    Optional<TxLocation> transactionLocation(Hash32 txHash);

    /** Up to {@code limit} hashes of an account's canonical transactions, newest first, after skipping {@code offset}. */
    List<Hash32> accountTransactions(Address account, int offset, int limit);

    /** The total work from genesis to a stored block. */
    Optional<BigInteger> totalWork(Hash32 blockHash);
}
