package dev.ccoin.node.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.merkle.StateNode;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.consensus.BlockExecution;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.consensus.StateTransition;
import dev.ccoin.node.state.HeldNodes;
import dev.ccoin.node.state.StateCommitSettings;
import dev.ccoin.node.storage.ChainStore;
import dev.ccoin.node.storage.StorageError;
import dev.ccoin.node.storage.StorageException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which states the chain holds and when they reach disk (protocol §12), as geth's blockchain drives its trie database.
 * Every imported block's state is held in {@link HeldNodes} under a retained root. The head's state is committed —
 * its held nodes and its {@link dev.ccoin.node.storage.Column#COMMITTED_STATE} marker in one synced batch — every
 * {@code commitBlocks} canonical blocks, when the held nodes pass the memory bound, after a reorg below the last
 * commit, and at a clean stop. States more than {@link #STATES_HELD} blocks below the head are released (pruned),
 * unless committed; a state asked for after that is re-executed from the nearest state still readable, as is the
 * head's after a crash.
 *
 * <p>Chain thread only.
 */
final class StateCommits {
    /** The number of blocks below the head whose states stay readable without a commit. */
    static final int STATES_HELD = 128;
    private static final Logger LOG = LoggerFactory.getLogger(StateCommits.class);
    private static final long PROGRESS_NANOS = 2_000_000_000L;

    /** A retained root: the state after one block. */
    private record HeldState(Hash32 block, long height, Hash32 root) {
    }

    private final ChainStore store;
    private final HeldNodes nodes;
    private final StateTransition transition;
    private final StateCommitSettings settings;
    private final Function<Hash32, Block> blocks;
    private final Deque<HeldState> held = new ArrayDeque<>();
    private long committedHeight;

    /** @param blocks the stored block with a hash; throws if there is none */
    StateCommits(ChainStore store, HeldNodes nodes, StateTransition transition, StateCommitSettings settings,
            Function<Hash32, Block> blocks) {
        this.store = store;
        this.nodes = nodes;
        this.transition = transition;
        this.settings = settings;
        this.blocks = blocks;
    }

    /**
     * Makes the head's state readable after a start: finds the nearest canonical block at or below {@code head}
     * whose state is committed and re-executes the blocks above it, checking each one's state root. A database
     * written before batched commits holds every state and has no marker; its head is marked committed.
     */
    void recover(Block head) {
        Block cursor = head;
        while (store.committedState(cursor.hash()).isEmpty() && cursor.height() > 0) {
            cursor = blocks.apply(cursor.header().parentHash());
        }
        if (store.committedState(cursor.hash()).isEmpty()) {
            if (!nodes.hasState(head.header().stateRoot())) {
                throw new StorageException(StorageError.CORRUPT, "no committed state below head " + head.height());
            }
            store.write(batch -> batch.markCommittedState(head.hash(), head.header().stateRoot()));
            committedHeight = head.height();
            return;
        }
        committedHeight = cursor.height();
        if (cursor.height() < head.height()) {
            LOG.info("state committed at height {}; re-executing {} blocks up to the head {} {}", cursor.height(),
                    head.height() - cursor.height(), head.height(), head.hash().shortHex(16));
        }
        ensureState(head);
    }

    /**
     * Makes the state after {@code block} readable: held, committed, or re-executed from the nearest ancestor whose
     * state is, each re-executed block checked against its header's state root.
     */
    void ensureState(Block block) {
        Deque<Block> missing = new ArrayDeque<>();
        Block cursor = block;
        while (!nodes.hasState(cursor.header().stateRoot())) {
            if (cursor.height() == 0) {
                throw new StorageException(StorageError.CORRUPT, "the genesis state is missing");
            }
            missing.addFirst(cursor);
            cursor = blocks.apply(cursor.header().parentHash());
        }
        if (missing.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        long reported = started;
        int done = 0;
        Hash32 parentRoot = cursor.header().stateRoot();
        for (Block next : missing) {
            hold(next, reexecute(next, parentRoot));
            parentRoot = next.header().stateRoot();
            done++;
            if (System.nanoTime() - reported > PROGRESS_NANOS) {
                reported = System.nanoTime();
                LOG.info("re-executing: {}/{} blocks, at height {}", done, missing.size(), next.height());
            }
        }
        LOG.info("re-executed {} blocks from the state at height {} up to {} in {} ms", missing.size(),
                cursor.height(), block.height(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Holds the state a block's import computed. */
    void hold(Block block, BlockExecution execution) {
        nodes.insert(execution.nodes());
        nodes.retain(execution.stateRoot());
        held.addLast(new HeldState(block.hash(), block.height(), execution.stateRoot()));
    }

    /**
     * After an import: commits the head when it is due, then releases the states that fell out of the window, and
     * older ones still while the held nodes are over the memory bound. The state just held stays, so a side branch
     * imported far below the head does not re-execute for each of its blocks.
     */
    void afterImport(ChainHead head, Optional<HeadChange> change) {
        boolean belowCommit = change.filter(HeadChange::isReorg)
                .map(reorg -> reorg.added().get(0).height() - 1 < committedHeight)
                .orElse(false);
        boolean full = nodes.bytes() > settings.memoryBytes();
        if (head.height() - committedHeight >= settings.commitBlocks() || full || belowCommit) {
            commit(head);
        }
        HeldState latest = held.peekLast();
        long lowest = head.height() - STATES_HELD;
        for (Iterator<HeldState> it = held.iterator(); it.hasNext(); ) {
            HeldState state = it.next();
            if (state.height() < lowest && state != latest) {
                release(it, state);
            }
        }
        for (Iterator<HeldState> it = held.iterator(); it.hasNext() && nodes.bytes() > settings.memoryBytes(); ) {
            HeldState state = it.next();
            if (state != latest) {
                release(it, state);
            }
        }
    }

    /** At a clean stop: commits the head unless its state is committed already. */
    void commitAtStop(ChainHead head) {
        if (store.committedState(head.hash()).isEmpty() || nodes.holds(head.stateRoot())) {
            commit(head);
            LOG.info("committed the state at head {} {}", head.height(), head.hash().shortHex(16));
        }
    }

    private void commit(ChainHead head) {
        Map<Hash32, StateNode> written = nodes.reachable(head.stateRoot());
        store.write(batch -> {
            nodes.write(batch.raw(), written);
            batch.markCommittedState(head.hash(), head.stateRoot());
        });
        nodes.forget(written.keySet());
        committedHeight = head.height();
        LOG.debug("committed the state at height {}: {} nodes written, {} held ({} KiB)", head.height(),
                written.size(), nodes.size(), nodes.bytes() / 1024);
    }

    private void release(Iterator<HeldState> it, HeldState state) {
        it.remove();
        nodes.release(state.root());
    }

    private BlockExecution reexecute(Block block, Hash32 parentRoot) {
        try {
            return transition.execute(block, parentRoot, nodes);
        } catch (InvalidBlockException e) {
            throw new StorageException(StorageError.CORRUPT, "stored block " + block.height() + " " + block.hash()
                    + " does not re-execute to its state root: " + e.getMessage());
        }
    }
}
