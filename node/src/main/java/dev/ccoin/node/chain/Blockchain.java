package dev.ccoin.node.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.merkle.NodeStore;
import dev.ccoin.core.merkle.StateTree;
import dev.ccoin.core.state.StateView;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.consensus.BlockExecution;
import dev.ccoin.node.consensus.ForkChoice;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.consensus.Schedule;
import dev.ccoin.node.consensus.StateTransition;
import dev.ccoin.node.consensus.rules.BlockValidator;
import dev.ccoin.node.state.HeadAccounts;
import dev.ccoin.node.state.HeldNodes;
import dev.ccoin.node.state.StateCommitSettings;
import dev.ccoin.node.state.StoredNodeStore;
import dev.ccoin.node.storage.ChainStore;
import dev.ccoin.node.storage.Database;
import dev.ccoin.node.storage.Durability;
import dev.ccoin.node.storage.StorageError;
import dev.ccoin.node.storage.StorageException;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chain engine of one node. {@link #importBlock} takes a block one way: its stored parent and the parent's
 * state, then every rule and the execution against that state, then fork choice, then one {@link ChainWriter} batch
 * that stores the block with its total work and — when fork choice prefers it — switches the head (height index,
 * transaction indexes, flat accounts), then {@link StateCommits}, which holds the block's state and commits or prunes
 * states, then the {@link HeadListener}s. Every valid branch is kept, so a later, heavier branch reorganises by
 * switching roots, never by undoing writes; a state pruned meanwhile is re-executed. Opening a chain re-executes
 * the blocks above the last committed state, so a chain that is open serves the head's state; {@link #close}
 * commits it.
 *
 * <p>Threads: {@link #importBlock} and {@link #addListener} are called by the chain thread only; the
 * {@link ChainView} reads are safe from any thread (the head is a volatile immutable snapshot, blocks never change).
 */
public final class Blockchain implements ChainView {
    private static final Logger LOG = LoggerFactory.getLogger(Blockchain.class);
    private static final int ORPHAN_CAPACITY = 512;
    private static final int BLOCK_CACHE_BLOCKS = 1024;
    /** ~150 MB of decoded transactions: 75 full blocks of 2 000, or all 1 024 blocks of a quiet chain. */
    private static final long BLOCK_CACHE_TRANSACTIONS = 150_000;

    private final ChainParams params;
    private final ChainStore store;
    private final HeldNodes nodes;
    private final StateCommits states;
    private final StateTree stateTree;
    private final HeadAccounts headAccounts;
    private final CanonicalIndex index;
    private final ChainWriter writer;
    private final BlockValidator validator;
    private final Schedule schedule;
    private final OrphanBuffer orphans = new OrphanBuffer(ORPHAN_CAPACITY);
    private final BlockCache cache = new BlockCache(BLOCK_CACHE_BLOCKS, BLOCK_CACHE_TRANSACTIONS);
    private final List<HeadListener> listeners = new CopyOnWriteArrayList<>();
    private volatile ChainHead head;

    private Blockchain(ChainParams params, Database database, BlockValidator validator, StateCommitSettings settings) {
        this.params = params;
        this.store = new ChainStore(database);
        this.nodes = new HeldNodes(new StoredNodeStore(database));
        this.states = new StateCommits(store, nodes, new StateTransition(params), settings, this::requireBlock);
        this.stateTree = new StateTree(nodes);
        this.headAccounts = new HeadAccounts(database);
        this.index = new CanonicalIndex(database);
        this.writer = new ChainWriter(store, nodes, index);
        this.validator = validator;
        this.schedule = new Schedule(params);
        Hash32 headHash = store.head().orElseThrow(() -> new StorageException(StorageError.CORRUPT,
                "the data dir " + database.dataDir() + " has no head; run `ccoin init` first"));
        this.head = headOf(requireBlock(headHash));
        states.recover(head.block());
    }

    /**
     * Opens the chain of an initialised data dir (see {@link ChainInitializer}), re-executing the blocks above its
     * last committed state if it was not closed cleanly.
     */
    public static Blockchain open(Database database, ChainParams params, BlockValidator validator,
            StateCommitSettings settings) {
        return new Blockchain(params, database, validator, settings);
    }

    /** The chain parameters stored by {@code ccoin init} in this database. */
    public static ChainParams storedParams(Database database) {
        Bytes encoded = new ChainStore(database).params().orElseThrow(() -> new StorageException(
                StorageError.CORRUPT, "the data dir " + database.dataDir() + " is not initialised; run `ccoin init` first"));
        try {
            return CanonicalReader.decode(encoded.toArray(), ChainParams::read);
        } catch (DecodeException e) {
            throw new StorageException(StorageError.CORRUPT, "stored chain parameters do not decode: " + e.getMessage());
        }
    }

    public void addListener(HeadListener listener) {
        listeners.add(listener);
    }

    /**
     * Imports one block and any orphans it connects. Never throws for a bad block: the result carries the reason,
     * and the rejection is logged once here.
     */
    public ImportResult importBlock(Block block) {
        return importBlock(block, Durability.SYNCED);
    }

    /**
     * As {@link #importBlock(Block)}, each block's batch as far to disk as {@code durability} says: {@link
     * Durability#WRITTEN} for blocks that can be read again, such as an import from a file, whose importer calls
     * {@link #sync} when it is done. A state commit syncs every write before it all the same.
     */
    public ImportResult importBlock(Block block, Durability durability) {
        ImportResult result = importOne(block, durability);
        if (!result.isValid() || result.status() == ImportStatus.ORPHAN || result.status() == ImportStatus.ALREADY_KNOWN) {
            return result;
        }
        List<ImportResult> connected = new ArrayList<>();
        Deque<Block> parents = new ArrayDeque<>(List.of(block));
        while (!parents.isEmpty()) {
            for (Block child : orphans.takeChildrenOf(parents.removeFirst().hash())) {
                ImportResult childResult = importOne(child, durability);
                connected.add(childResult);
                if (childResult.isValid()) {
                    parents.addLast(child);
                }
            }
        }
        return result.withConnected(connected);
    }

    /**
     * One block's way: its stored parent as a head (total work and recent miners, computed once), then every rule
     * and the execution against the parent's state ({@link BlockValidator#validate}), then fork choice, then the one
     * write — the block with its state, and the head switch when it wins — and last the listeners. A block whose
     * parent is unknown is checked by the header rules alone and waits as an orphan.
     */
    private ImportResult importOne(Block block, Durability durability) {
        if (store.containsBlock(block.hash())) {
            return ImportResult.of(block, ImportStatus.ALREADY_KNOWN);
        }
        try {
            Optional<ChainHead> parent = storedParent(block);
            if (parent.isEmpty()) {
                validator.checkHeader(block);
                orphans.add(block);
                return ImportResult.of(block, ImportStatus.ORPHAN);
            }
            return connect(block, parent.get(), durability);
        } catch (InvalidBlockException e) {
            LOG.info("rejected block {} {}: {}", block.height(), block.hash().shortHex(16), e.getMessage());
            return ImportResult.invalid(block, e);
        }
    }

    /** The parent of {@code block} as a head, if stored: most blocks extend the head, whose context is at hand. */
    private Optional<ChainHead> storedParent(Block block) {
        Hash32 parentHash = block.header().parentHash();
        ChainHead current = head;
        if (current.hash().equals(parentHash)) {
            return Optional.of(current);
        }
        return block(parentHash).map(this::headOf);
    }

    private ImportResult connect(Block block, ChainHead parent, Durability durability) {
        long started = System.nanoTime();
        states.ensureState(parent.block());
        BlockExecution execution = validator.validate(block, parent.asParent(), nodes);
        ChainHead candidate = parent.child(block, schedule.work(block.header()), schedule.recencyWindow());
        ChainHead previous = head;
        Optional<HeadChange> change = ForkChoice.isBetter(candidate.weight(), previous.weight())
                ? Optional.of(plan(previous, candidate))
                : Optional.empty();
        writer.write(block, candidate.totalWork(), execution, change, durability);
        states.hold(block, execution);
        cache.put(block);
        LOG.info("imported block {} {} txs {} miner {} {} {} ms{}", block.height(), block.hash().shortHex(12),
                block.transactions().size(), block.header().miner().toHex().substring(0, 8),
                schedule.isInTurn(block.header()) ? "in-turn" : "backup", (System.nanoTime() - started) / 1_000_000,
                change.isEmpty() ? " (side branch)" : "");
        if (change.isEmpty()) {
            states.afterImport(previous, change);
            return ImportResult.of(block, ImportStatus.SIDE_BRANCH);
        }
        head = candidate;
        states.afterImport(candidate, change);
        if (change.get().isReorg()) {
            LOG.info("reorg: {} blocks out, {} in, new head {} {}", change.get().removed().size(),
                    change.get().added().size(), candidate.height(), candidate.hash().shortHex(16));
        }
        tellListeners(change.get());
        return ImportResult.of(block, ImportStatus.NEW_HEAD);
    }

    private void tellListeners(HeadChange change) {
        for (HeadListener listener : listeners) {
            try {
                listener.onHeadChange(change);
            } catch (RuntimeException e) {
                LOG.warn("head listener {} failed: {}", listener, e.toString(), e);
            }
        }
    }

    /** The blocks leaving and joining the canonical chain when {@code candidate} becomes the head. */
    private HeadChange plan(ChainHead previous, ChainHead candidate) {
        Deque<Block> added = new ArrayDeque<>();
        List<Block> removed = new ArrayList<>();
        Block oldSide = previous.block();
        Block newSide = candidate.block();
        while (newSide.height() > oldSide.height()) {
            added.addFirst(newSide);
            newSide = requireBlock(newSide.header().parentHash());
        }
        while (oldSide.height() > newSide.height()) {
            removed.add(oldSide);
            oldSide = requireBlock(oldSide.header().parentHash());
        }
        while (!oldSide.hash().equals(newSide.hash())) {
            removed.add(oldSide);
            added.addFirst(newSide);
            oldSide = requireBlock(oldSide.header().parentHash());
            newSide = requireBlock(newSide.header().parentHash());
        }
        return new HeadChange(previous, candidate, removed, new ArrayList<>(added));
    }

    private List<Address> recentMiners(Block block) {
        int window = schedule.recencyWindow();
        Deque<Address> miners = new ArrayDeque<>(window);
        Block cursor = block;
        while (miners.size() < window) {
            miners.addFirst(cursor.header().miner());
            if (cursor.height() == 0) {
                break;
            }
            cursor = requireBlock(cursor.header().parentHash());
        }
        return new ArrayList<>(miners);
    }

    private ChainHead headOf(Block block) {
        return new ChainHead(block, requireTotalWork(block.hash()), recentMiners(block));
    }

    private BigInteger requireTotalWork(Hash32 hash) {
        return store.totalWork(hash).orElseThrow(() -> new StorageException(StorageError.CORRUPT,
                "no total work stored for block " + hash));
    }

    private Block requireBlock(Hash32 hash) {
        return block(hash).orElseThrow(() -> new StorageException(StorageError.CORRUPT, "missing block " + hash));
    }

    // ---- ChainView: safe from any thread ----

    @Override
    public ChainParams params() {
        return params;
    }

    @Override
    public ChainHead head() {
        return head;
    }

    @Override
    public Optional<Block> block(Hash32 hash) {
        Block cached = cache.get(hash);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Block> stored = store.block(hash).map(bytes -> decodeStored(hash, bytes));
        stored.ifPresent(cache::put);
        return stored;
    }

    @Override
    public Optional<Block> blockAt(long height) {
        if (height < 0 || height > head.height()) {
            return Optional.empty();
        }
        return store.canonicalHash(height).flatMap(this::block);
    }

    @Override
    public StateView stateAt(Hash32 stateRoot) {
        return stateTree.at(stateRoot);
    }

    @Override
    public StateView headState() {
        return headAccounts;
    }

    @Override
    public Optional<TxLocation> transactionLocation(Hash32 txHash) {
        return index.locate(txHash);
    }

    @Override
    public List<Hash32> accountTransactions(Address account, int offset, int limit) {
        return index.accountTransactions(account, offset, limit);
    }

    @Override
    public Optional<BigInteger> totalWork(Hash32 blockHash) {
        return store.totalWork(blockHash);
    }

    /**
     * The state-tree nodes of every state the chain holds, in memory or committed, for block builders that compute
     * roots without writing and for proofs. Reads are safe from any thread.
     */
    public NodeStore stateNodes() {
        return nodes;
    }

    /** The state nodes held in memory, not yet committed: how many, and their heap now and at most (protocol §12). */
    public HeldNodes.Usage heldState() {
        return nodes.usage();
    }

    /**
     * Syncs every block imported before to disk: what {@link Durability#WRITTEN} imports need before they are
     * reported done. Chain thread only.
     */
    public void sync() {
        writer.sync(head.hash());
    }

    /** Commits the head's state. Called once, when the chain thread has stopped, before the database closes. */
    public void close() {
        states.commitAtStop(head);
    }

    /** Orphans waiting for a parent. Chain thread only. */
    public int orphanCount() {
        return orphans.size();
    }

    private static Block decodeStored(Hash32 hash, Bytes bytes) {
        try {
            return Block.decode(bytes.toArray());
        } catch (DecodeException e) {
            throw new StorageException(StorageError.CORRUPT, "stored block " + hash + " does not decode: " + e.getMessage());
        }
    }
}
