package dev.ccoin.node.p2p.sync;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.chain.ChainView;
import dev.ccoin.node.chain.ImportResult;
import dev.ccoin.node.consensus.ForkChoice;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.network.BlockIntake;
import dev.ccoin.node.network.SyncStatus;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.framing.ProtocolViolationException;
import dev.ccoin.node.p2p.messages.BlocksPage;
import dev.ccoin.node.p2p.messages.BlocksRequest;
import dev.ccoin.node.p2p.peers.Peer;
import dev.ccoin.node.p2p.peers.PeerTable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node on the best chain its peers know (protocol §8), best as {@link ForkChoice} orders heads: whenever a
 * peer reports a head that fork choice prefers to ours and that we do not have — in its {@code HEY}, a {@code BLH},
 * or after an orphan — the sync thread asks the peer with the best head for pages of blocks ({@code RBL} with a
 * locator from the last block it imported), checks that each page answers the request, hands the blocks to the
 * node's {@link BlockIntake} in order and waits for them, until it holds the peer's head. The next page is asked for (its locator headed by the last block of the page in
 * hand) before the page in hand is imported, so the peer reads and sends it while this node imports. A peer that
 * does not answer within the request timeout is dropped and the next best one used; one that sends blocks that do
 * not follow on, or invalid ones, is banned; one whose blocks cannot be imported yet (from the future) rests for a
 * while. Progress goes to the log every two seconds and to {@link #status()}.
 *
 * <p>Threads: {@link #run} is the sync thread's loop and owns all the sync state; {@link #nudge}, {@link #status}
 * and {@link #isImporting} are safe from any thread.
 */
public final class Synchronizer implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Synchronizer.class);
    /** The loop looks at its peers this often even when nobody nudges it. */
    private static final long TICK_MS = 1_000;

    private final BlockIntake node;
    private final ChainView chain;
    private final PeerTable peers;
    private final Duration requestTimeout;
    private final Clock clock;
    private final Consumer<Block> announce;
    private final Semaphore nudges = new Semaphore(0);
    // Sync-thread state.
    private final Map<Address, Long> restingUntil = new HashMap<>();
    // Published for other threads.
    private volatile boolean running = true;
    private volatile boolean syncing;
    private volatile boolean importing;
    private volatile long targetHeight;
    private volatile double blocksPerSecond;

    /**
     * @param announce tells peers our head when a run of imports ends (gossip is quiet during one)
     */
    public Synchronizer(BlockIntake node, PeerTable peers, Duration requestTimeout, Clock clock, Consumer<Block> announce) {
        this.node = node;
        this.chain = node.chain();
        this.peers = peers;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
        this.announce = announce;
    }

    /** Something changed (a peer joined or announced a head): look again now. */
    public void nudge() {
        if (nudges.availablePermits() == 0) {
            nudges.release();
        }
    }

    /**
     * True while a page of blocks is being imported: its head switches are not worth announcing one by one. Not
     * while waiting for a peer's answer, so blocks this node mines meanwhile still go out.
     */
    public boolean isImporting() {
        return importing;
    }

    public SyncStatus status() {
        long height = chain.head().height();
        return syncing ? new SyncStatus(SyncStatus.State.SYNCING, height, Math.max(height, targetHeight),
                blocksPerSecond) : SyncStatus.synced(height);
    }

    /** Ends the loop after its current step. */
    public void stop() {
        running = false;
        nudges.release();
    }

    @Override
    public void run() {
        while (running) {
            try {
                nudges.tryAcquire(TICK_MS, TimeUnit.MILLISECONDS);
                nudges.drainPermits();
                if (running) {
                    step();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("sync step failed; trying again", e);
            }
        }
    }

    /** One look at the peers: syncs from the best one ahead of us until it has nothing more, if there is one. */
    void step() throws InterruptedException {
        Optional<Peer> best = bestPeer();
        if (best.isPresent()) {
            syncFrom(best.get());
        }
    }

    /**
     * Of the connected peers that are not resting and whose head is ahead of ours, the one whose head fork choice
     * prefers: most work, then the lower height, then the lower hash.
     */
    Optional<Peer> bestPeer() {
        ChainHead head = chain.head();
        long now = clock.millis();
        restingUntil.values().removeIf(until -> until <= now);
        List<Peer> ahead = peers.all().stream()
                .filter(peer -> !restingUntil.containsKey(peer.nodeId()))
                .filter(peer -> isAhead(peer, head))
                .toList();
        return ForkChoice.best(ahead, Peer::head);
    }

    /** Whether fork choice prefers the peer's head to ours, and we lack that block. */
    private boolean isAhead(Peer peer, ChainHead head) {
        return ForkChoice.isBetter(peer.head(), head.weight())
                && chain.block(peer.head().hash()).isEmpty();
    }

    private void syncFrom(Peer peer) throws InterruptedException {
        SyncProgress progress = new SyncProgress(clock.millis());
        long startHeight = chain.head().height();
        targetHeight = peer.head().height();
        blocksPerSecond = 0;
        syncing = true;
        LOG.info("SYNCING from {}: head {} here, {} there", peer, startHeight, peer.head().height());
        Block cursor = chain.head().block();
        try {
            BlocksRequest request = new BlocksRequest(Locator.of(chain, cursor), BlocksRequest.MAX_BLOCKS);
            CompletableFuture<BlocksPage> answer = peer.requestBlocks(request);
            while (answer != null) {
                targetHeight = peer.head().height();
                Optional<BlocksPage> page = receive(peer, request, answer);
                if (page.isEmpty()) {
                    return;
                }
                // Ask for the next page before importing this one, so the peer serves it while we import.
                request = following(peer, request, page.get(), cursor);
                answer = request == null ? null : peer.requestBlocks(request);
                Optional<Block> last = importPage(peer, page.get(), progress);
                if (last.isEmpty() || !running) {
                    settle(peer, answer);
                    return;
                }
                cursor = last.get();
                long now = clock.millis();
                blocksPerSecond = progress.blocksPerSecond(now);
                if (progress.logDue(now)) {
                    LOG.info("SYNCING {}/{} blocks, {} blocks/s", chain.head().height(), targetHeight,
                            Math.round(blocksPerSecond));
                }
                if (answer == null && peer.isConnected() && isAhead(peer, chain.head())) {
                    request = new BlocksRequest(Locator.of(chain, cursor), BlocksRequest.MAX_BLOCKS);
                    answer = peer.requestBlocks(request);
                }
            }
        } finally {
            syncing = false;
            long now = clock.millis();
            ChainHead head = chain.head();
            if (progress.blocks() > 0) {
                announce.accept(head.block());
                LOG.info("SYNCED at {} {} ({} blocks in {} ms, {} blocks/s)", head.height(), head.hash().shortHex(16),
                        progress.blocks(), progress.elapsedMillis(now),
                        Math.round(progress.blocksPerSecond(now)));
            }
        }
    }

    /** The answer to {@code request}, checked; empty when this peer has nothing more for now or misbehaved. */
    private Optional<BlocksPage> receive(Peer peer, BlocksRequest request, CompletableFuture<BlocksPage> answer)
            throws InterruptedException {
        BlocksPage page;
        try {
            page = answer.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            dropStalled(peer);
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
        if (page.blocks().isEmpty()) {
            rest(peer, "it has no blocks after our locator");
            return Optional.empty();
        }
        try {
            checkAnswers(request, page);
        } catch (ProtocolViolationException e) {
            peer.disconnect(e.reason(), e.getMessage());
            return Optional.empty();
        }
        return Optional.of(page);
    }

    /**
     * The request for the page after {@code page}, which is not imported yet: its last block heads a locator that
     * goes on from {@code cursor}, the last block imported. Null when {@code page} was the last one: shorter than
     * asked for, or ending at the peer's head.
     */
    private BlocksRequest following(Peer peer, BlocksRequest request, BlocksPage page, Block cursor) {
        Block end = page.blocks().get(page.blocks().size() - 1);
        if (!running || !peer.isConnected() || page.blocks().size() < request.effectiveMax()
                || end.hash().equals(peer.head().hash())) {
            return null;
        }
        return new BlocksRequest(Locator.following(end, chain, cursor), BlocksRequest.MAX_BLOCKS);
    }

    /** Lets an outstanding answer arrive and drops it, so the peer's {@code ABL} is never one nobody asked for. */
    private void settle(Peer peer, CompletableFuture<BlocksPage> answer) throws InterruptedException {
        if (answer == null || !peer.isConnected()) {
            return;
        }
        try {
            answer.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            dropStalled(peer);
        } catch (ExecutionException e) {
            // The peer went away: nothing left to settle.
        }
    }

    /** A peer that did not answer within the request timeout (protocol §8): dropped, so the next best one is used. */
    private void dropStalled(Peer peer) {
        peer.abandonRequest();
        peer.disconnect(DisconnectReason.REQUEST_TIMEOUT,
                "no blocks within " + requestTimeout.toMillis() + " ms of asking");
    }

    /** The page must start right after a locator block and run on parent by parent. */
    static void checkAnswers(BlocksRequest request, BlocksPage page) {
        if (page.blocks().size() > request.effectiveMax()) {
            throw new ProtocolViolationException(DisconnectReason.BAD_RESPONSE,
                    "ABL of " + page.blocks().size() + " blocks for a request of " + request.effectiveMax());
        }
        Set<Hash32> locator = new HashSet<>(request.locator());
        Block first = page.blocks().get(0);
        if (!locator.contains(first.header().parentHash())) {
            throw new ProtocolViolationException(DisconnectReason.BAD_RESPONSE,
                    "ABL starts at " + first + ", whose parent is not in our locator");
        }
        for (int i = 1; i < page.blocks().size(); i++) {
            Block previous = page.blocks().get(i - 1);
            Block block = page.blocks().get(i);
            if (!block.header().parentHash().equals(previous.hash()) || block.height() != previous.height() + 1) {
                throw new ProtocolViolationException(DisconnectReason.BAD_RESPONSE,
                        "ABL block " + block + " does not follow " + previous);
            }
        }
    }

    private Optional<Block> importPage(Peer peer, BlocksPage page, SyncProgress progress)
            throws InterruptedException {
        importing = true;
        try {
            return importInOrder(peer, page, progress);
        } finally {
            importing = false;
        }
    }

    private Optional<Block> importInOrder(Peer peer, BlocksPage page, SyncProgress progress)
            throws InterruptedException {
        List<CompletableFuture<ImportResult>> results = new ArrayList<>(page.blocks().size());
        for (Block block : page.blocks()) {
            peer.markKnown(block.hash());
            results.add(node.submitBlock(block));
        }
        Block last = null;
        for (CompletableFuture<ImportResult> pending : results) {
            ImportResult result;
            try {
                result = pending.get();
            } catch (ExecutionException e) {
                LOG.warn("importing a synced block failed", e.getCause());
                return Optional.empty();
            }
            switch (result.status()) {
                case NEW_HEAD, SIDE_BRANCH -> {
                    last = result.block();
                    progress.imported(1);
                }
                case ALREADY_KNOWN -> last = result.block();
                case ORPHAN -> {
                    peer.disconnect(DisconnectReason.BAD_RESPONSE, "ABL block " + result.block() + " is an orphan");
                    return Optional.empty();
                }
                case INVALID -> {
                    InvalidBlockException failure = result.failure().orElseThrow();
                    if (failure.blamesSender()) {
                        peer.disconnect(DisconnectReason.INVALID_BLOCK, failure.getMessage());
                    } else {
                        rest(peer, failure.getMessage());
                    }
                    return Optional.empty();
                }
            }
        }
        return Optional.ofNullable(last);
    }

    private void rest(Peer peer, String why) {
        restingUntil.put(peer.nodeId(), clock.millis() + requestTimeout.toMillis());
        LOG.debug("not syncing from {} for now: {}", peer, why);
    }
}
