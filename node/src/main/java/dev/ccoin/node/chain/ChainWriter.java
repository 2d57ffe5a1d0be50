package dev.ccoin.node.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.merkle.BufferedNodeStore;
import dev.ccoin.core.merkle.NodeStore;
import dev.ccoin.core.merkle.StateTree;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.consensus.BlockExecution;
import dev.ccoin.node.state.HeadAccounts;
import dev.ccoin.node.storage.ChainBatch;
import dev.ccoin.node.storage.ChainStore;
import dev.ccoin.node.storage.Durability;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one writer of a chain's blocks. It stores a valid block with its total work and, when fork choice has made
 * the block the head, switches the head in the same atomic, synced batch: height index, transaction indexes, flat
 * accounts and the head pointer. The block's state-tree nodes are not in it: {@link StateCommits} holds them and
 * commits states in batches of their own (protocol §12). Storing a block and switching the head are two steps, as geth keeps
 * {@code writeBlockWithState} apart from {@code reorg}; what to switch to is decided before, by the caller. Chain
 * thread only.
 */
final class ChainWriter {
    private final ChainStore store;
    private final NodeStore nodes;
    private final CanonicalIndex index;

    /** @param nodes the chain's readable states, for the accounts a reorg switches */
    ChainWriter(ChainStore store, NodeStore nodes, CanonicalIndex index) {
        this.store = store;
        this.nodes = nodes;
        this.index = index;
    }

    /**
     * Stores {@code block} and, if {@code headChange} is present, makes its current head the chain's, atomically, as
     * far to disk as {@code durability} says.
     */
    void write(Block block, BigInteger totalWork, BlockExecution execution, Optional<HeadChange> headChange,
            Durability durability) {
        store.write(batch -> {
            writeBlock(batch, block, totalWork);
            headChange.ifPresent(change -> switchHead(batch, change, execution));
        }, durability);
    }

    /** Syncs every write before this one to disk, with the head pointer rewritten as it is. */
    void sync(Hash32 head) {
        store.write(batch -> batch.setHead(head), Durability.SYNCED);
    }

    private void writeBlock(ChainBatch batch, Block block, BigInteger totalWork) {
        batch.putBlock(block.hash(), Bytes.of(block.encode()));
        batch.putTotalWork(block.hash(), totalWork);
    }

    /** {@code execution} is the new head's: its nodes are not held yet. */
    private void switchHead(ChainBatch batch, HeadChange change, BlockExecution execution) {
        ChainHead head = change.current();
        change.removed().forEach(removed -> {
            index.unindex(batch.raw(), removed);
            if (removed.height() > head.height()) {
                batch.removeCanonical(removed.height());
            }
        });
        change.added().forEach(added -> {
            batch.setCanonical(added.height(), added.hash());
            index.index(batch.raw(), added);
        });
        HeadAccounts.write(batch.raw(), change.isReorg()
                ? accountsAt(head.stateRoot(), touched(change), execution)
                : execution.changes());
        batch.setHead(head.hash());
    }

    private static Set<Address> touched(HeadChange change) {
        Set<Address> touched = new LinkedHashSet<>();
        for (List<Block> blocks : List.of(change.removed(), change.added())) {
            for (Block block : blocks) {
                touched.add(block.header().miner());
                for (Transaction tx : block.transactions()) {
                    touched.add(tx.sender());
                    touched.add(tx.to());
                }
            }
        }
        return touched;
    }

    /** The accounts at {@code root}, which may rest on nodes the block being imported has not handed over yet. */
    private Map<Address, Account> accountsAt(Hash32 root, Set<Address> addresses, BlockExecution execution) {
        BufferedNodeStore pending = new BufferedNodeStore(nodes);
        execution.nodes().forEach(pending::put);
        StateTree tree = new StateTree(pending);
        Map<Address, Account> accounts = new HashMap<>();
        addresses.forEach(address -> accounts.put(address, tree.get(root, address)));
        return accounts;
    }
}
