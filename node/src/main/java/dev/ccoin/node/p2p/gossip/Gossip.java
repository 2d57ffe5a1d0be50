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
import dev.ccoin.node.p2p.messages.HeadRequest;
import dev.ccoin.node.p2p.messages.Message;
import dev.ccoin.node.p2p.messages.NewBlock;
import dev.ccoin.node.p2p.messages.NewTransaction;
import dev.ccoin.node.p2p.peers.Peer;
import dev.ccoin.node.p2p.peers.PeerTable;
import dev.ccoin.node.txpool.Admission;
import dev.ccoin.node.txpool.PoolEntry;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
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
 *       blocks' transactions that went back to the pool, since the winning side never saw them; every transaction
 *       the pool admits is announced — those admitted together (an API batch) as one burst per peer, one {@code TXN}
 *       frame each but a single flush; a side-branch block a peer sent is relayed; and, on a timer, the pool's
 *       transactions that have waited a while are offered to every peer again ({@link #rebroadcast}).</li>
 *   <li>In: a peer's block goes to the node's {@link NodeIntake#submitBlock} — at most a few per peer in flight, so
 *       a flooding peer waits on its own reader — and the result decides: a block the chain holds becomes the
 *       peer's known head when fork choice prefers it to the one it had, an orphan asks it for its head (which
 *       starts a sync when it is ahead), an invalid block bans it unless the rule does not blame it. A transaction
 *       goes to {@link NodeIntake#submitTransaction}; one that is invalid in a way the sender could have checked
 *       bans it.</li>
 * </ul>
 *
 * Thread-safe: head changes arrive on the chain thread, transactions on submitting threads, peers' frames on their
 * reader threads; the only state is each peer's known-hash set and a closed flag.
 */
public final class Gossip implements HeadListener, Consumer<List<Transaction>> {
    private static final Logger LOG = LoggerFactory.getLogger(Gossip.class);
    /** The transaction rules a relaying peer could have checked itself; the state-dependent ones may just be late. */
    private static final Set<TxReason> BLAMED = EnumSet.of(TxReason.WRONG_NETWORK, TxReason.DATA_TOO_LARGE,
            TxReason.ZERO_AMOUNT, TxReason.BAD_KEY, TxReason.BAD_SIGNATURE, TxReason.STAMP_TOO_WEAK);

    private final NodeIntake node;
    private final PeerTable peers;
    private final BooleanSupplier bulkImport;
    private volatile boolean closed;

    /**
     * @param bulkImport true while a sync imports pages, when head switches are not announced one by one
     */
    public Gossip(NodeIntake node, PeerTable peers, BooleanSupplier bulkImport) {
        this.node = node;
        this.peers = peers;
        this.bulkImport = bulkImport;
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
     * Sends each peer the transactions it has not sent or been sent, one {@code TXN} frame each (protocol §8), queued
     * together so its connection writes them with one flush; each frame is encoded once for all peers.
     */
    public void announceTransactions(List<Transaction> txs) {
        byte[][] frames = new byte[txs.size()][];
        for (Peer peer : peers.all()) {
            List<byte[]> burst = new ArrayList<>();
            for (int i = 0; i < txs.size(); i++) {
                Transaction tx = txs.get(i);
                if (peer.markKnown(tx.hash())) {
                    if (frames[i] == null) {
                        frames[i] = FrameEncoder.encode(new NewTransaction(tx));
                    }
                    burst.add(frames[i]);
                }
            }
            if (!burst.isEmpty()) {
                peer.sendFrames(burst);
            }
        }
    }

    /**
     * Offers again, to every peer, up to {@code max} executable pool transactions that arrived before
     * {@code arrivedBefore} (clock millis), oldest first. Gossip has no acknowledgement: a peer may have refused one
     * (its pool was full) or the node may have had no peers when it arrived, and a node that does not mine would then
     * hold a transaction it acknowledged with nobody to include it. Peers that have it already refuse it as known.
     */
    public void rebroadcast(long arrivedBefore, int max) {
        if (closed) {
            return;
        }
        List<byte[]> frames = node.pool().pending().stream()
                .filter(entry -> entry.arrivedAt() < arrivedBefore)
                .sorted(Comparator.comparingLong(PoolEntry::sequence))
                .limit(max)
                .map(entry -> FrameEncoder.encode(new NewTransaction(entry.transaction())))
                .toList();
        if (frames.isEmpty()) {
            return;
        }
        for (Peer peer : peers.all()) {
            peer.sendFrames(frames);
        }
        LOG.debug("offered {} waiting transactions to {} peers again", frames.size(), peers.all().size());
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

    /** A transaction a peer gossiped; called on its reader thread. */
    public void onTransaction(Peer from, Transaction tx) {
        from.markKnown(tx.hash());
        Admission admission = node.submitTransaction(tx);
        if (!admission.isAdmitted() && admission.invalidReason().filter(BLAMED::contains).isPresent()) {
            from.disconnect(DisconnectReason.INVALID_TRANSACTION,
                    "transaction " + tx.hash().shortHex(16) + ": " + admission.code() + ": " + admission.message());
        }
    }
}
