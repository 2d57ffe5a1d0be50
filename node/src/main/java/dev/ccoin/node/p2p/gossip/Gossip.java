package dev.ccoin.node.p2p.gossip;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TxReason;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.chain.HeadChange;
import dev.ccoin.node.chain.HeadListener;
import dev.ccoin.node.chain.ImportResult;
import dev.ccoin.node.consensus.ChainWeight;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.network.NodeIntake;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.framing.FrameEncoder;
import dev.ccoin.node.p2p.framing.ProtocolViolationException;
import dev.ccoin.node.p2p.messages.HeadRequest;
import dev.ccoin.node.p2p.messages.Message;
import dev.ccoin.node.p2p.messages.NewBlock;
import dev.ccoin.node.p2p.messages.TransactionBodies;
import dev.ccoin.node.p2p.messages.TransactionHashes;
import dev.ccoin.node.p2p.messages.TransactionRequest;
import dev.ccoin.node.p2p.peers.Peer;
import dev.ccoin.node.p2p.peers.PeerTable;
import dev.ccoin.node.txpool.Admission;
import dev.ccoin.node.txpool.PoolEntry;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spreads blocks and transactions, and takes them in from peers.
 *
 * <ul>
 *   <li>Out: every head switch announces the new head block (not while a sync imports a run of blocks, which would
 *       announce each; the synchroniser announces the head when it is done); a reorg re-announces the abandoned
 *       blocks' transactions that went back to the pool, since the winning side never saw them; the hash of every
 *       transaction the pool admits goes, in batches ({@code THA}, {@link TxAnnouncer}), to the peers that do not know
 *       it, and its body to those that ask ({@code TGR} answered by {@code TBS}); a side-branch block a peer sent is
 *       relayed; and, on a timer, the hashes of the pool's transactions that have waited a while are announced to
 *       every peer again ({@link #rebroadcast}).</li>
 *   <li>In: a peer's block goes to the node's {@link NodeIntake#submitBlock} — at most a few per peer in flight, so
 *       a flooding peer waits on its own reader — and the result decides: a block the chain holds becomes the
 *       peer's known head when fork choice prefers it to the one it had, an orphan asks it for its head (which
 *       starts a sync when it is ahead), an invalid block bans it unless the rule does not blame it. Announced
 *       hashes go to the {@link TxFetcher}, which asks for the bodies the node lacks, each of one peer; delivered
 *       bodies, and whole {@code TXN}s, go to {@link NodeIntake#submitTransactions} unless the pool has them; one
 *       that is invalid in a way the sender could have checked bans it.</li>
 * </ul>
 *
 * Thread-safe: head changes arrive on the chain thread, transactions on submitting threads, peers' frames on their
 * reader threads; the announcement batches and the fetches belong to the fetch thread, which every call touching
 * them is posted to; the rest is each peer's known-hash set, thread-safe counters and a closed flag.
 */
public final class Gossip implements HeadListener, Consumer<List<Transaction>> {
    private static final Logger LOG = LoggerFactory.getLogger(Gossip.class);
    /** The transaction rules a relaying peer could have checked itself; the state-dependent ones may just be late. */
    private static final Set<TxReason> BLAMED = EnumSet.of(TxReason.WRONG_NETWORK, TxReason.DATA_TOO_LARGE,
            TxReason.ZERO_AMOUNT, TxReason.BAD_KEY, TxReason.BAD_SIGNATURE, TxReason.STAMP_TOO_WEAK);

    /** How long a reader waits for the fetcher's verdict on a {@code TBS} before dropping it. */
    private static final long VERDICT_WAIT_SECONDS = 10;

    private final NodeIntake node;
    private final PeerTable peers;
    private final BooleanSupplier bulkImport;
    private final ScheduledExecutorService fetchThread;
    private final FetchCounters counters = new FetchCounters();
    private final TxFetcher fetcher;
    private final TxAnnouncer announcer;
    private volatile boolean closed;

    /**
     * @param bulkImport   true while a sync imports pages, when head switches are not announced one by one
     * @param fetchThread  the single thread that owns the announcement batches and the fetches; {@link #tick} must
     *                     run on it
     * @param fetchTimeout how long a peer may leave a {@code TGR} unanswered before it is dropped
     */
    public Gossip(NodeIntake node, PeerTable peers, BooleanSupplier bulkImport, ScheduledExecutorService fetchThread,
            Duration fetchTimeout) {
        this.node = node;
        this.peers = peers;
        this.bulkImport = bulkImport;
        this.fetchThread = fetchThread;
        this.fetcher = new TxFetcher(node.pool(), fetchTimeout, counters);
        this.announcer = new TxAnnouncer(peers);
    }

    /** Stops announcing; the node keeps this listener registered, so it must go quiet instead. */
    public void close() {
        closed = true;
    }

    @Override
    public void onHeadChange(HeadChange change) {
        if (closed) {
            return;
        }
        if (!bulkImport.getAsBoolean()) {
            announceBlock(change.current().block());
        }
        if (change.isReorg()) {
            List<Transaction> back = new ArrayList<>();
            for (Block removed : change.removed()) {
                for (Transaction tx : removed.transactions()) {
                    if (node.pool().contains(tx.hash())) {
                        back.add(tx);
                    }
                }
            }
            announceTransactions(back);
        }
    }

    /** Transactions admitted together, from the node's burst listeners. */
    @Override
    public void accept(List<Transaction> admitted) {
        if (!closed) {
            announceTransactions(admitted);
        }
    }

    public void announceBlock(Block block) {
        announce(block.hash(), new NewBlock(block));
    }

    /**
     * Announces the hashes of {@code txs} to each peer that has not sent or been sent them, in the peer's next
     * {@code THA} batch (protocol §8); the bodies go to the peers that ask. The fetcher takes them as had.
     */
    public void announceTransactions(List<Transaction> txs) {
        if (txs.isEmpty()) {
            return;
        }
        List<Hash32> hashes = txs.stream().map(Transaction::hash).toList();
        onFetchThread(() -> {
            fetcher.admitted(hashes);
            announcer.announce(hashes);
        });
    }

    /**
     * Announces again, to every peer, the hashes of up to {@code max} executable pool transactions that arrived before
     * {@code arrivedBefore} (clock millis), oldest first. Gossip has no acknowledgement: a peer may have refused one
     * (its pool was full) or the node may have had no peers when it arrived, and a node that does not mine would then
     * hold a transaction it acknowledged with nobody to include it. Peers that have it already do not ask for it.
     */
    public void rebroadcast(long arrivedBefore, int max) {
        if (closed) {
            return;
        }
        List<Hash32> hashes = node.pool().pending().stream()
                .filter(entry -> entry.arrivedAt() < arrivedBefore)
                .sorted(Comparator.comparingLong(PoolEntry::sequence))
                .limit(max)
                .map(entry -> entry.transaction().hash())
                .toList();
        if (hashes.isEmpty()) {
            return;
        }
        onFetchThread(() -> announcer.offerAgain(hashes));
        LOG.debug("announced {} waiting transactions to {} peers again", hashes.size(), peers.all().size());
    }

    /**
     * On the fetch thread, every few milliseconds: sends the waiting announcement batches, drops peers that left a
     * request unanswered past the fetch timeout and moves their hashes on, sends the requests that wait.
     */
    public void tick() {
        announcer.flush();
        fetcher.tick(System.nanoTime());
    }

    /** What became of announced transactions, by event, for the metrics. */
    public FetchCounters counters() {
        return counters;
    }

    private void onFetchThread(Runnable task) {
        try {
            fetchThread.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("transaction announcement dropped: the network is stopping");
        }
    }

    private void announce(Hash32 hash, Message message) {
        byte[] frame = null;
        for (Peer peer : peers.all()) {
            if (peer.markKnown(hash)) {
                if (frame == null) {
                    frame = FrameEncoder.encode(message);
                }
                peer.sendFrame(frame);
            }
        }
    }

    /** A block a peer gossiped; called on its reader thread, which may wait here for an import slot. */
    public void onBlock(Peer from, Block block) {
        from.markKnown(block.hash());
        Optional<BigInteger> work = node.chain().totalWork(block.hash());
        if (work.isPresent()) {
            from.sawHead(new ChainWeight(work.get(), block.height(), block.hash()));
            return;
        }
        from.importSlots().acquireUninterruptibly();
        try {
            node.submitBlock(block).whenComplete((result, failure) -> {
                from.importSlots().release();
                if (failure != null) {
                    LOG.warn("importing block {} from {} failed", block, from, failure);
                } else {
                    imported(from, result);
                }
            });
        } catch (RejectedExecutionException e) {
            from.importSlots().release();
            LOG.debug("block {} from {} dropped: the node is stopping", block, from);
        }
    }

    /** What the chain made of a peer's block; runs on the chain thread, so it only looks and queues. */
    private void imported(Peer from, ImportResult result) {
        Block block = result.block();
        switch (result.status()) {
            case NEW_HEAD, ALREADY_KNOWN -> sawBlock(from, block);
            case SIDE_BRANCH -> {
                sawBlock(from, block);
                if (!closed) {
                    announceBlock(block);
                }
            }
            case ORPHAN -> {
                LOG.debug("orphan {} from {}: asking for its head", block, from);
                from.send(new HeadRequest());
            }
            case INVALID -> {
                InvalidBlockException failure = result.failure().orElseThrow();
                if (failure.blamesSender()) {
                    from.disconnect(DisconnectReason.INVALID_BLOCK, failure.getMessage());
                } else {
                    LOG.debug("dropped block {} from {}: {}", block, from, failure.getMessage());
                }
            }
        }
    }

    private void sawBlock(Peer from, Block block) {
        node.chain().totalWork(block.hash())
                .ifPresent(work -> from.sawHead(new ChainWeight(work, block.height(), block.hash())));
    }

    /** A whole transaction a peer sent ({@code TXN}); called on its reader thread. */
    public void onTransaction(Peer from, Transaction tx) {
        from.markKnown(tx.hash());
        counters.add(FetchEvent.RECEIVED, 1);
        if (node.pool().contains(tx.hash())) {
            counters.add(FetchEvent.DUPLICATE, 1);
            return;
        }
        submit(from, List.of(tx));
    }

    /** Hashes a peer announced ({@code THA}); called on its reader thread. */
    public void onAnnouncement(Peer from, TransactionHashes announcement) {
        announcement.hashes().forEach(from::markKnown);
        onFetchThread(() -> fetcher.announced(from, announcement.hashes()));
    }

    /**
     * A peer asks for bodies ({@code TGR}); called on its reader thread. Answered at once from the pool, within the
     * answer's byte budget; what the pool no longer has is left out.
     */
    public void onRequest(Peer from, TransactionRequest request) {
        List<Transaction> found = new ArrayList<>(request.hashes().size());
        long bytes = 0;
        for (Hash32 hash : request.hashes()) {
            from.markKnown(hash);
            Optional<Transaction> tx = node.pool().get(hash);
            if (tx.isPresent() && bytes + tx.get().encodedSize() <= TransactionBodies.MAX_BODY_BYTES) {
                found.add(tx.get());
                bytes += tx.get().encodedSize();
            }
        }
        counters.add(FetchEvent.SERVED, found.size());
        from.send(new TransactionBodies(found));
    }

    /**
     * Bodies a peer delivered ({@code TBS}); called on its reader thread, which waits for the fetcher's verdict: an
     * answer nobody asked for, or one with a body its request did not name, is a violation that bans the peer (it
     * delivers what it did not announce); the others go to the pool unless it has them.
     */
    public void onBodies(Peer from, TransactionBodies bodies) {
        List<Hash32> hashes = bodies.transactions().stream().map(Transaction::hash).toList();
        CompletableFuture<Delivery> verdict = new CompletableFuture<>();
        try {
            fetchThread.execute(() -> verdict.complete(fetcher.delivered(from, hashes)));
        } catch (RejectedExecutionException e) {
            verdict.complete(Delivery.STOPPING);
        }
        Delivery delivery = await(verdict);
        switch (delivery) {
            case UNASKED -> throw new ProtocolViolationException(DisconnectReason.UNEXPECTED_MESSAGE,
                    "TBS without a TGR");
            case UNREQUESTED -> throw new ProtocolViolationException(DisconnectReason.BAD_RESPONSE,
                    "TBS with a transaction its TGR did not ask for");
            case DROPPED, STOPPING -> LOG.debug("{} bodies from {} dropped: {}", hashes.size(), from, delivery);
            case REQUESTED -> {
                hashes.forEach(from::markKnown);
                List<Transaction> fresh = new ArrayList<>(hashes.size());
                for (Transaction tx : bodies.transactions()) {
                    if (!node.pool().contains(tx.hash())) {
                        fresh.add(tx);
                    }
                }
                if (!fresh.isEmpty()) {
                    submit(from, fresh);
                }
            }
        }
    }

    private static Delivery await(CompletableFuture<Delivery> verdict) {
        try {
            return verdict.get(VERDICT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.STOPPING;
        } catch (ExecutionException | TimeoutException e) {
            return Delivery.STOPPING;
        }
    }

    /** Offers a peer's transactions to the pool as one burst; one the sender could have checked bans it. */
    private void submit(Peer from, List<Transaction> txs) {
        List<Admission> admissions = node.submitTransactions(txs);
        for (int i = 0; i < admissions.size(); i++) {
            Admission admission = admissions.get(i);
            if (!admission.isAdmitted() && admission.invalidReason().filter(BLAMED::contains).isPresent()) {
                from.disconnect(DisconnectReason.INVALID_TRANSACTION, "transaction "
                        + txs.get(i).hash().shortHex(16) + ": " + admission.code() + ": " + admission.message());
                return;
            }
        }
    }
}
