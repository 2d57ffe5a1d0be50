package dev.ccoin.node.p2p;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TransactionRules;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.chain.Blockchain;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.chain.ChainView;
import dev.ccoin.node.chain.HeadListener;
import dev.ccoin.node.chain.ImportResult;
import dev.ccoin.node.chain.LocalChain;
import dev.ccoin.node.network.NodeIntake;
import dev.ccoin.node.storage.Database;
import dev.ccoin.node.txpool.Admission;
import dev.ccoin.node.txpool.TxPool;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What sync and gossip use of a node, without the node's threads: a real chain on LevelDB in a test's dir and a real
 * pool following its head, with a block imported on the thread that submits it, so a test's call has had all its
 * effects when it returns. Records every block submitted. Test-only; closing it releases the dir.
 */
public final class InlineNode implements NodeIntake, AutoCloseable {
    private final NodeScheduler threads;
    private final LocalChain local;
    private final Blockchain chain;
    private final TxPool pool;
    private final List<Block> submitted = new CopyOnWriteArrayList<>();

    private InlineNode(NodeScheduler threads, LocalChain local, Clock poolClock) {
        this.threads = threads;
        this.local = local;
        this.chain = local.blockchain();
        this.pool = new TxPool(new TransactionRules(chain.params()), poolClock, local.verifiedSignatures()::add);
        chain.addListener(change -> pool.onHeadChange(change, chain.stateAt(change.current().stateRoot())));
    }

    /** A new chain of {@code params} in {@code dir}, its pool on {@code poolClock}. */
    public static InlineNode open(Path dir, ChainParams params, Clock poolClock) {
        try (Database database = Database.open(dir)) {
            ChainInitializer.initialize(database, params);
        }
        NodeScheduler threads = new NodeScheduler();
        return new InlineNode(threads, LocalChain.open(dir, Clock.systemUTC(), threads.verifierPool(1)), poolClock);
    }

    public static InlineNode open(Path dir, ChainParams params) {
        return open(dir, params, Clock.systemUTC());
    }

    @Override
    public ChainView chain() {
        return chain;
    }

    @Override
    public CompletableFuture<ImportResult> submitBlock(Block block) {
        submitted.add(block);
        return CompletableFuture.completedFuture(chain.importBlock(block));
    }

    @Override
    public TxPool pool() {
        return pool;
    }

    @Override
    public Admission submitTransaction(Transaction tx) {
        return pool.admit(tx, chain.headState());
    }

    @Override
    public List<Admission> submitTransactions(List<Transaction> txs) {
        return txs.stream().map(this::submitTransaction).toList();
    }

    /** Told of head switches after the pool, as a node's listeners are. */
    public void addHeadListener(HeadListener listener) {
        chain.addListener(listener);
    }

    /** The blocks submitted so far, in order. */
    public List<Block> submitted() {
        return List.copyOf(submitted);
    }

    @Override
    public void close() {
        local.close();
        threads.close();
    }
}
