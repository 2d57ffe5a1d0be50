package dev.ccoin.node.mining;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.merkle.NodeStore;
import dev.ccoin.core.pow.NonceSearch;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.chain.ChainView;
import dev.ccoin.node.chain.HeadChange;
import dev.ccoin.node.chain.HeadListener;
import dev.ccoin.node.txpool.PendingTransactions;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An authority's block production loop. Whenever something may have changed — {@link #start()}, a head switch
 * ({@link #onHeadChange}), new pool transactions ({@link #transactionsArrived()}) or a deadline the
 * {@link MiningPolicy} asked to wait for — it re-plans: if the head moved, it cancels the running nonce search
 * (the workers leave it within 50 ms) and drops that candidate; then it asks the policy, and either waits, or builds
 * a {@link Candidate} on the head, seals it with the {@link Sealer} and hands the sealed block to the sink (the node
 * submits it to the chain thread). A result whose parent is no longer the head when the search ends is dropped, and
 * no second block is sealed on a head it already sealed on, so the miner never forks its own chain.
 *
 * <p>Threads: the single-threaded scheduler handed to the constructor (the node's
 * {@code NodeScheduler.minerThread()}, which drops pending wake-ups on shutdown) is the miner thread, the only owner
 * of the mining state — the candidate being sealed, the pending wake-up, the head last sealed on, the policy and the
 * builder. The miner is the executor's only user and shuts it down in {@link #stop()}. The public methods are
 * thread-safe and never block, except {@code stop()}, which waits for the miner thread to end; they only post events
 * to the miner thread or read volatile snapshots. The sink runs on the miner thread and must not block.
 */
public final class Miner implements HeadListener {
    private static final Logger LOG = LoggerFactory.getLogger(Miner.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private enum Lifecycle { NEW, RUNNING, STOPPED }

    private final ChainView chain;
    private final PendingTransactions pending;
    private final MiningPolicy policy;
    private final CandidateBuilder builder;
    private final Sealer sealer;
    private final Consumer<Block> sink;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private final Address self;

    private final AtomicReference<Lifecycle> lifecycle = new AtomicReference<>(Lifecycle.NEW);
    private final AtomicBoolean replanQueued = new AtomicBoolean();
    private final AtomicLong blocksSealed = new AtomicLong();
    /** The latest sealing, for readers on other threads; written by the miner thread. */
    private volatile Sealing published;
    private volatile Thread minerThread;

    // Mining state: read and written on the miner thread only.
    private Sealing sealing;
    private boolean sealingInTurn;
    private long sealingSinceMillis;
    private ScheduledFuture<?> wake;
    private Hash32 sealedOn;

    /**
     * @param sink     receives each sealed block, on the miner thread
     * @param clock    the wall clock of block timestamps and of the policy's deadlines
     * @param executor a single-threaded scheduler handed over to the miner, which alone uses and stops it
     */
    public Miner(ChainView chain, PendingTransactions pending, MiningPolicy policy, CandidateBuilder builder,
            Sealer sealer, Consumer<Block> sink, Clock clock, ScheduledExecutorService executor) {
        this.chain = chain;
        this.pending = pending;
        this.policy = policy;
        this.builder = builder;
        this.sealer = sealer;
        this.sink = sink;
        this.clock = clock;
        this.executor = executor;
        this.self = sealer.key().address();
    }

    /**
     * A miner wired with the default parts: a policy and a builder over {@code chain}'s parameters and a sealer on
     * {@code search} (which the caller keeps and closes).
     *
     * @param nodes    the chain's state-tree nodes, read only
     * @param random   the backup delays and the placeholder data; it need not be cryptographically strong
     * @param executor the miner thread, as for {@link #Miner}
     */
    public static Miner create(ChainView chain, PendingTransactions pending, NodeStore nodes, MinerKey key,
            NonceSearch search, Consumer<Block> sink, Clock clock, RandomGenerator random,
            ScheduledExecutorService executor) {
        return new Miner(chain, pending, new MiningPolicy(chain.params(), random),
                new CandidateBuilder(chain.params(), key, pending, nodes, random), new Sealer(key, search), sink,
                clock, executor);
    }

    /** Starts mining on the current head. Idempotent while running. */
    public void start() {
        if (lifecycle.compareAndSet(Lifecycle.NEW, Lifecycle.RUNNING)) {
            LOG.debug("Mining as {}", self);
            requestReplan();
        } else if (lifecycle.get() == Lifecycle.STOPPED) {
            throw new IllegalStateException("a stopped miner does not start again");
        }
    }

    /**
     * Cancels the running search, forgets any wake-up and ends the miner thread, waiting for it unless called on
     * it. No block is handed to the sink after this returns. Idempotent.
     */
    public void stop() {
        if (lifecycle.getAndSet(Lifecycle.STOPPED) == Lifecycle.STOPPED) {
            return;
        }
        // The miner thread cancels what it owns, then shuts its executor down, which drops the cancelled wake-up.
        if (!post(this::halt)) {
            // Someone else shut the executor down: cancel the search from here, a thread-safe request.
            Sealing current = published;
            if (current != null) {
                current.cancel();
            }
            executor.shutdown();
        }
        if (Thread.currentThread() == minerThread) {
            return;
        }
        try {
            if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("The miner thread did not end within {}", STOP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Re-plans on the new head; called on the chain thread, never blocks. */
    @Override
    public void onHeadChange(HeadChange change) {
        requestReplan();
    }

    /** Tells the miner that the pool has new executable transactions; cheap to call for every one. */
    public void transactionsArrived() {
        requestReplan();
    }

    /** True while a nonce search of this miner runs (until its workers have left it). */
    public boolean isMining() {
        Sealing current = published;
        return current != null && current.isSearching();
    }

    /** Trials per second of the running search; 0 when not mining. */
    public double hashRate() {
        Sealing current = published;
        return current != null && current.isSearching() ? current.hashRate() : 0;
    }

    /** Blocks sealed and handed to the sink since this miner was created. */
    public long blocksSealed() {
        return blocksSealed.get();
    }

    public Address address() {
        return self;
    }

    private void requestReplan() {
        // Many events between two runs need one re-plan: it reads the newest head and pool anyway.
        if (lifecycle.get() == Lifecycle.RUNNING && replanQueued.compareAndSet(false, true)) {
            post(() -> {
                replanQueued.set(false);
                replan();
            });
        }
    }

    private boolean post(Runnable task) {
        try {
            executor.execute(() -> runOnMinerThread(task));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private void runOnMinerThread(Runnable task) {
        minerThread = Thread.currentThread();
        try {
            task.run();
        } catch (RuntimeException e) {
            // Nothing to hand the failure to: the next event re-plans from scratch.
            LOG.warn("Mining step failed; waiting for the next head or transaction", e);
        }
    }

    private void replan() {
        if (lifecycle.get() != Lifecycle.RUNNING) {
            return;
        }
        ChainHead head = chain.head();
        if (sealing != null) {
            if (sealing.candidate().parentHash().equals(head.hash())) {
                return;
            }
            LOG.debug("Head moved to {} {}: dropping candidate {}", head.height(), head.hash().shortHex(16),
                    sealing.candidate().height());
            cancelSealing();
        }
        cancelWake();
        if (head.hash().equals(sealedOn)) {
            LOG.debug("Already sealed a block on {} {}; waiting for the next head", head.height(),
                    head.hash().shortHex(16));
            return;
        }
        long now = clock.millis();
        int waiting = pending.executable(policy.earlyTrigger()).size();
        SealDecision decision = policy.decide(head, self, waiting, now);
        if (decision.kind() == SealDecision.Kind.SEAL_NOW) {
            Candidate candidate = builder.build(head, chain.stateAt(head.stateRoot()), now);
            // The pool may lag the head: decide again on what actually applies.
            decision = policy.decide(head, self, candidate.transactions().size(), now);
            if (decision.kind() == SealDecision.Kind.SEAL_NOW) {
                startSealing(candidate, decision.inTurn(), now);
                return;
            }
        }
        follow(decision, head, now);
    }

    private void follow(SealDecision decision, ChainHead head, long now) {
        LOG.debug("Block {} on {}: {}", head.height() + 1, head.hash().shortHex(16), decision);
        if (decision.kind() == SealDecision.Kind.WAIT_UNTIL) {
            wake = executor.schedule(() -> runOnMinerThread(this::replan), decision.atMillis() - now,
                    TimeUnit.MILLISECONDS);
        }
        // AWAIT_TRANSACTIONS and NOT_ALLOWED: only a transaction or a head switch changes the answer.
    }

    private void startSealing(Candidate candidate, boolean inTurn, long now) {
        Sealing started = sealer.start(candidate);
        sealing = started;
        published = started;
        sealingInTurn = inTurn;
        sealingSinceMillis = now;
        LOG.debug("Sealing block {} on {} with {} txs ({})", candidate.height(), candidate.parentHash().shortHex(16),
                candidate.transactions().size(), inTurn ? "in turn" : "backup");
        started.block().whenComplete((block, failure) -> post(() -> sealed(started, block, failure)));
    }

    private void sealed(Sealing finished, Block block, Throwable failure) {
        if (finished != sealing) {
            return;
        }
        sealing = null;
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof CancellationException) {
                LOG.debug("Search for block {} cancelled", finished.candidate().height());
            } else {
                LOG.warn("Sealing block {} failed", finished.candidate().height(), cause);
            }
            return;
        }
        if (lifecycle.get() != Lifecycle.RUNNING) {
            return;
        }
        ChainHead head = chain.head();
        if (!head.hash().equals(block.header().parentHash())) {
            LOG.debug("Dropping sealed block {} {}: the head moved to {}", block.height(), block.hash().shortHex(16),
                    head.hash().shortHex(16));
            replan();
            return;
        }
        sealedOn = head.hash();
        blocksSealed.incrementAndGet();
        LOG.info("Sealed block {} {} txs {} {} {} ms", block.height(), block.hash().shortHex(16),
                block.transactions().size(), sealingInTurn ? "in-turn" : "backup", clock.millis() - sealingSinceMillis);
        sink.accept(block);
    }

    private void halt() {
        cancelWake();
        cancelSealing();
        executor.shutdown();
    }

    private void cancelSealing() {
        if (sealing != null) {
            sealing.cancel();
            sealing = null;
        }
    }

    private void cancelWake() {
        if (wake != null) {
            wake.cancel(false);
            wake = null;
        }
    }
}
