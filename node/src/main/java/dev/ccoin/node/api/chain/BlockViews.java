package dev.ccoin.node.api.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.BlockHeader;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.node.api.transactions.TransactionLookup;
import dev.ccoin.node.chain.ChainView;
import dev.ccoin.node.consensus.Schedule;
import java.math.BigInteger;
import java.util.List;

/**
 * Builds {@link BlockView}s from blocks of one chain: the schedule says whether a block was in turn and its work,
 * the chain view its total work and whether it is canonical. Thread-safe.
 */
public final class BlockViews {
    private final ChainView chain;
    private final Schedule schedule;

    public BlockViews(ChainView chain) {
        this.chain = chain;
        this.schedule = new Schedule(chain.params());
    }

    /** The header fields and facts, without the transactions. */
    public BlockView header(Block block) {
        return view(block, null);
    }

    /** With the transactions' hashes. */
    public BlockView withHashes(Block block) {
        return view(block, block.transactions().stream().map(tx -> tx.hash().toHex()).toList());
    }

    /** With every transaction in full, as included in this block. */
    public BlockView withTransactions(Block block) {
        return view(block, TransactionLookup.of(block));
    }

    private BlockView view(Block block, List<?> transactions) {
        BlockHeader header = block.header();
        BigInteger totalWork = chain.totalWork(block.hash()).orElse(null);
        boolean canonical = chain.blockAt(block.height()).map(b -> b.hash().equals(block.hash())).orElse(false);
        List<Transaction> txs = block.transactions();
        return new BlockView(block.hash().toHex(), header.height(), header.version(), header.networkId(),
                header.parentHash().toHex(), header.txRoot().toHex(), header.stateRoot().toHex(), header.timestamp(),
                header.miner().toHex(), header.difficulty(), header.data().toHex(), block.nonce(),
                schedule.isInTurn(header), schedule.work(header), totalWork, canonical, block.encodedSize(),
                txs.size(), transactions);
    }
}
