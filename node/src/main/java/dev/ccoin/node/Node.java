package dev.ccoin.node;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.crypto.PssProvider;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.pow.HashEngine;
import dev.ccoin.core.merkle.NodeStore;
import dev.ccoin.core.pow.NonceSearch;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TransactionRules;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.chain.Blockchain;
import dev.ccoin.node.chain.ChainView;
import dev.ccoin.node.chain.HeadListener;
import dev.ccoin.node.chain.ImportResult;
import dev.ccoin.node.chain.LocalChain;
import dev.ccoin.node.config.NodeConfig;
import dev.ccoin.node.config.NodeType;
import dev.ccoin.node.mining.Miner;
import dev.ccoin.node.mining.MinerKey;
import dev.ccoin.node.network.NodeIntake;
import dev.ccoin.node.storage.StorageEngine;
import dev.ccoin.node.txpool.Admission;
import dev.ccoin.node.txpool.PoolJournal;
import dev.ccoin.node.txpool.TxPool;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running ccoin node: its chain (owned by the chain thread), its transaction pool and, for a validator, its
 * miner. Blocks from any source — the miner, import, peers — go through {@link #submitBlock}, which hands them to
 * the chain thread; transactions go through {@link #submitTransaction}, and those the API acknowledges through
 * {@link #acknowledgeTransactions}, which journals them ({@link PoolJournal}) so that they survive a crash. Its
 * network reaches it as a {@link NodeIntake}. Every thread of the node, and of the network and API started beside
 * it, comes from its {@link NodeScheduler}. Thread-safe; {@link #close} stops the miner, then every thread, and
 * releases the data dir.
 */
public final class Node implements NodeIntake, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Node.class);

    private final NodeConfig config;
    private final LocalChain local;
    private final Blockchain chain;
    private final TxPool pool;
    private final PoolJournal journal;
    private final NodeScheduler threads;
    private final ExecutorService chainThread;
    private final Optional<Miner> miner;
    private final Optional<NonceSearch> search;
    private final List<Consumer<Transaction>> transactionListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<Transaction>>> burstListeners = new CopyOnWriteArrayList<>();
    private final List<BiConsumer<ImportResult, Duration>> importListeners = new CopyOnWriteArrayList<>();

    private Node(NodeConfig config, LocalChain local, NodeScheduler threads, Optional<KeyPair> validatorKey,
            Clock clock) {
        this.config = config;
        this.local = local;
        this.threads = threads;
        this.chain = local.blockchain();
        ChainParams params = chain.params();
        this.pool = new TxPool(new TransactionRules(params), clock, local.verifiedSignatures()::add);
        this.chainThread = threads.chainThread();
        chain.addListener(change -> pool.onHeadChange(change, chain.stateAt(change.current().stateRoot())));
        if (config.type() == NodeType.VALIDATOR) {
            KeyPair keys = validatorKey.orElseThrow(() -> new NodeStartException(
                    NodeStartException.Reason.NO_VALIDATOR_KEY, "a validator needs its account key unlocked"));
            Address address = RsaKeys.address(keys.getPublic());
            if (!params.isAuthority(address)) {
                throw new NodeStartException(NodeStartException.Reason.NOT_AN_AUTHORITY, "account " + address
                        + " is not an authority of this chain; run it with --type basic, or use an authority's key");
            }
            NonceSearch nonceSearch = new NonceSearch(config.effectiveMiningThreads(), HashEngine.fastest(),
                    System::nanoTime, threads.threads("ccoin-pow"));
            Miner created = Miner.create(chain, pool, local.stateNodes(), MinerKey.of(keys), nonceSearch,
                    this::submitBlock, clock, new SplittableRandom(), threads.minerThread());
            chain.addListener(created);
            this.search = Optional.of(nonceSearch);
            this.miner = Optional.of(created);
        } else {
            this.search = Optional.empty();
            this.miner = Optional.empty();
        }
        this.journal = PoolJournal.open(config.dataDir(), pool);
        journal.replay(chain.headState());
    }

    /**
     * Opens the data dir and starts the node. A validator needs {@code validatorKey}, the unlocked key of one of
     * the chain's authorities. The node takes {@code threads} over: its parts, and the network and API started
     * beside it, run on threads made there ({@link #threads()}), and {@link #close} stops it; a failed start stops it
     * too.
     */
    public static Node start(NodeConfig config, Optional<KeyPair> validatorKey, Clock clock, NodeScheduler threads) {
        LocalChain local;
        Node node;
        try {
            local = LocalChain.open(config.dataDir(), clock,
                    threads.verifierPool(Runtime.getRuntime().availableProcessors()), config.stateCommits());
        } catch (RuntimeException e) {
            threads.close();
            throw e;
        }
        try {
            node = new Node(config, local, threads, validatorKey, clock);
        } catch (RuntimeException e) {
            local.close();
            threads.close();
            throw e;
        }
        node.miner.ifPresent(Miner::start);
        LOG.info("node started: {} on chain {} (network {}), head {} {}; signatures on {}; storage on {}",
                config.type().name().toLowerCase(), node.chain.blockAt(0).orElseThrow().hash().shortHex(16),
                node.chain.params().networkId(), node.chain.head().height(), node.chain.head().hash().shortHex(16),
                PssProvider.chosen().displayName(), node.storageEngine().displayName());
        PssProvider.AWS_LC.unavailableReason().ifPresent(reason -> LOG.info("signatures on the JDK: {}", reason));
        if (node.storageEngine() == StorageEngine.JAVA) {
            StorageEngine.NATIVE.unavailableReason().ifPresent(reason -> LOG.info("storage on pure Java: {}", reason));
        }
        return node;
    }

    /**
     * Hands a block to the chain thread; the future completes when it is imported (or refused). Every block the
     * node imports — sealed by its miner, gossiped, synced — passes here, and the import listeners hear of it.
     * Its signatures are checked ahead on the verifier pool ({@link dev.ccoin.node.consensus.Preverifier}), so the
     * blocks of a sync page are verified on every core while the chain thread imports the ones before them.
     */
    @Override
    public CompletableFuture<ImportResult> submitBlock(Block block) {
        CompletableFuture<Void> checked = local.preverifier().ahead(block);
        return CompletableFuture.supplyAsync(() -> {
            checked.join();
            long started = System.nanoTime();
            ImportResult result = chain.importBlock(block);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            for (BiConsumer<ImportResult, Duration> listener : importListeners) {
                try {
                    listener.accept(result, took);
                } catch (RuntimeException e) {
                    LOG.warn("import listener {} failed: {}", listener, e.toString(), e);
                }
            }
            return result;
        }, chainThread);
    }

    /** Told of every block import's result and duration, on the chain thread (metrics). Must not block. */
    public void addImportListener(BiConsumer<ImportResult, Duration> listener) {
        importListeners.add(listener);
    }

    /** Offers a transaction to the pool; an admitted one wakes the miner and is told to the listeners. */
    @Override
    public Admission submitTransaction(Transaction tx) {
        return submitTransactions(List.of(tx)).get(0);
    }

    /**
     * Offers transactions to the pool in order, each admitted or refused on its own (a later one may need an earlier
     * one's nonce); each admitted one wakes the miner and is told to the transaction listeners as it is, and the
     * burst listeners hear of all the admitted ones together at the end.
     *
     * @return one admission per transaction, in order
     */
    @Override
    public List<Admission> submitTransactions(List<Transaction> txs) {
        List<Admission> admissions = new ArrayList<>(txs.size());
        List<Transaction> admitted = new ArrayList<>(txs.size());
        for (Transaction tx : txs) {
            Admission admission = pool.admit(tx, chain.headState());
            admissions.add(admission);
            if (admission.isAdmitted()) {
                miner.ifPresent(Miner::transactionsArrived);
                admitted.add(tx);
                tell(transactionListeners, tx);
            }
        }
        if (!admitted.isEmpty()) {
            tell(burstListeners, List.copyOf(admitted));
        }
        return admissions;
    }

    /**
     * {@link #submitTransaction} for a transaction the API will acknowledge: admitted, it is journaled and synced
     * before this returns, so it survives a crash (protocol §12).
     */
    public Admission acknowledgeTransaction(Transaction tx) {
        return acknowledgeTransactions(List.of(tx)).get(0);
    }

    /** {@link #submitTransactions} for a request the API will acknowledge: the admitted ones journaled, one sync. */
    public List<Admission> acknowledgeTransactions(List<Transaction> txs) {
        List<Admission> admissions = submitTransactions(txs);
        List<Transaction> admitted = new ArrayList<>(txs.size());
        for (int i = 0; i < txs.size(); i++) {
            if (admissions.get(i).isAdmitted()) {
                admitted.add(txs.get(i));
            }
        }
        journal.record(admitted);
        return admissions;
    }

    private static <T> void tell(List<Consumer<T>> listeners, T news) {
        for (Consumer<T> listener : listeners) {
            try {
                listener.accept(news);
            } catch (RuntimeException e) {
                LOG.warn("transaction listener {} failed: {}", listener, e.toString(), e);
            }
        }
    }

    /** Told of every head switch, on the chain thread (gossip, live events). Must not block. */
    public void addHeadListener(HeadListener listener) {
        chain.addListener(listener);
    }

    /** Told of every transaction the pool admits, on the submitting thread (live events, metrics). Must not block. */
    public void addTransactionListener(Consumer<Transaction> listener) {
        transactionListeners.add(listener);
    }

    /**
     * Told once per submission of the transactions it admitted, in order — one for {@link #submitTransaction}, many
     * for {@link #submitTransactions} — on the submitting thread, so they can be passed on together (gossip). Must
     * not block.
     */
    public void addTransactionBurstListener(Consumer<List<Transaction>> listener) {
        burstListeners.add(listener);
    }

    /** The miner's hash rate, 0 for a basic node or between searches. */
    public double hashRate() {
        return miner.map(Miner::hashRate).orElse(0.0);
    }

    @Override
    public ChainView chain() {
        return chain;
    }

    /** The state-tree nodes the chain reads, for proofs served off the chain thread; every kept root is readable. */
    public NodeStore stateNodes() {
        return local.stateNodes();
    }

    @Override
    public TxPool pool() {
        return pool;
    }

    public NodeConfig config() {
        return config;
    }

    /** The LevelDB implementation the node's data dir is open on. */
    public StorageEngine storageEngine() {
        return local.database().engine();
    }

    public Optional<Miner> miner() {
        return miner;
    }

    /** The scheduler every thread of this node comes from; the network and the API take theirs here. */
    public NodeScheduler threads() {
        return threads;
    }

    @Override
    public void close() {
        miner.ifPresent(Miner::stop);
        search.ifPresent(NonceSearch::close);
        threads.close();
        journal.close();
        local.close();
        LOG.info("node stopped at head {} {}", chain.head().height(), chain.head().hash().shortHex(16));
    }
}
