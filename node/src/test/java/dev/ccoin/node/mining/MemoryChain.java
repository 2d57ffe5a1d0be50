package dev.ccoin.node.mining;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.Genesis;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.merkle.InMemoryNodeStore;
import dev.ccoin.core.merkle.StateTree;
import dev.ccoin.core.merkle.TxRoot;
import dev.ccoin.core.state.StateOverlay;
import dev.ccoin.core.state.StateView;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TransactionRules;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.chain.ChainView;
import dev.ccoin.node.chain.HeadChange;
import dev.ccoin.node.chain.TxLocation;
import dev.ccoin.node.consensus.Schedule;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal chain for miner tests: blocks in a map, one canonical list, state-tree nodes in memory. {@link #append}
 * takes the next block on the head after recomputing its roots (a stand-in for the real validator, which is not
 * what these tests are about). The head is a volatile snapshot; appends are made by one thread at a time.
 */
final class MemoryChain implements ChainView {
    private final ChainParams params;
    private final Schedule schedule;
    private final InMemoryNodeStore nodes = new InMemoryNodeStore();
    private final Map<Hash32, Block> blocks = new ConcurrentHashMap<>();
    private final List<Block> canonical = new CopyOnWriteArrayList<>();
    private volatile ChainHead head;

    MemoryChain(ChainParams params) {
        this.params = params;
        this.schedule = new Schedule(params);
        Block genesis = Genesis.block(params);
        new StateTree(nodes).update(Hash32.ZERO, params.alloc());
        blocks.put(genesis.hash(), genesis);
        canonical.add(genesis);
        head = new ChainHead(genesis, schedule.work(genesis.header()), List.of());
    }

    InMemoryNodeStore nodes() {
        return nodes;
    }

    Block genesis() {
        return canonical.get(0);
    }

    /** A snapshot of the canonical blocks after genesis, oldest first. */
    List<Block> minedBlocks() {
        List<Block> snapshot = List.copyOf(canonical);
        return snapshot.subList(1, snapshot.size());
    }

    /** Makes {@code block} the head after checking that it extends the head and that its roots are right. */
    HeadChange append(Block block) {
        ChainHead previous = head;
        if (!block.header().parentHash().equals(previous.hash()) || block.height() != previous.height() + 1) {
            throw new IllegalStateException(block + " does not extend the head " + previous.height());
        }
        List<Hash32> hashes = block.transactions().stream().map(Transaction::hash).toList();
        if (!TxRoot.of(hashes).equals(block.header().txRoot())) {
            throw new IllegalStateException(block + " has a wrong txRoot");
        }
        TransactionRules rules = new TransactionRules(params);
        StateOverlay state = new StateOverlay(stateAt(previous.stateRoot()));
        block.transactions().forEach(tx -> rules.apply(tx, state));
        Address miner = block.header().miner();
        state.put(miner, state.account(miner).credit(params.mining().reward()));
        Hash32 root = new StateTree(nodes).update(previous.stateRoot(), state.changes());
        if (!root.equals(block.header().stateRoot())) {
            throw new IllegalStateException(block + " has a wrong stateRoot");
        }
        blocks.put(block.hash(), block);
        canonical.add(block);
        return setHead(new ChainHead(block, previous.totalWork().add(schedule.work(block.header())),
                recentMiners()));
    }

    /** Switches the head without any check, as a reorg to a block from elsewhere would. */
    HeadChange setHead(ChainHead next) {
        ChainHead previous = head;
        head = next;
        return new HeadChange(previous, next, List.of(), List.of(next.block()));
    }

    private List<Address> recentMiners() {
        int window = schedule.recencyWindow();
        return canonical.subList(Math.max(0, canonical.size() - window), canonical.size()).stream()
                .map(b -> b.header().miner()).toList();
    }

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
        return Optional.ofNullable(blocks.get(hash));
    }

    @Override
    public Optional<Block> blockAt(long height) {
        return height >= 0 && height < canonical.size() ? Optional.of(canonical.get((int) height)) : Optional.empty();
    }

    @Override
    public StateView stateAt(Hash32 stateRoot) {
        return new StateTree(nodes).at(stateRoot);
    }

    @Override
    public StateView headState() {
        return stateAt(head.stateRoot());
    }

    @Override
    public Optional<TxLocation> transactionLocation(Hash32 txHash) {
        return Optional.empty();
    }

    @Override
    public List<Hash32> accountTransactions(Address account, int offset, int limit) {
        return List.of();
    }

    @Override
    public Optional<BigInteger> totalWork(Hash32 blockHash) {
        return Optional.empty();
    }
}
