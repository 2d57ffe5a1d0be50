package dev.ccoin.node.p2p.gossip;

import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.messages.TransactionRequest;
import dev.ccoin.node.p2p.peers.KnownHashes;
import dev.ccoin.node.p2p.peers.Peer;
import dev.ccoin.node.txpool.TxPool;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fetches the transactions peers announce by hash (protocol §8, as eth/68's transaction fetcher). A hash the node
 * has — in its pool, or among the {@value #SEEN} it admitted or took delivery of last — is counted as a duplicate
 * and dropped; a new one is asked of the first peer that announced it, at most {@value #REQUESTS_PER_PEER}
 * {@code TGR}s of up to {@value TransactionRequest#MAX_HASHES} hashes outstanding per peer, and the peers that
 * announce it meanwhile wait as alternates. So a node asks for each body once, and each body crosses each connection
 * at most once. A {@code TBS} answers the peer's oldest outstanding request: a body it did not ask for is
 * {@link Delivery#UNREQUESTED}; the hashes left out go to the next alternate. A request unanswered after the
 * timeout drops the peer ({@code REQUEST_TIMEOUT}) and moves its hashes on, as does a peer that leaves.
 *
 * <p>Not thread-safe: confined to the network's fetch thread, which {@link Gossip} posts every call to.
 */
final class TxFetcher {
    /** Requests outstanding to one peer; more hashes wait and go out as larger requests. */
    static final int REQUESTS_PER_PEER = 4;
    /** Hashes remembered as had (admitted here or delivered) after they leave the pool, so none is fetched twice. */
    static final int SEEN = 65_536;

    private final TxPool pool;
    private final long timeoutNanos;
    private final FetchCounters counters;
    private final KnownHashes seen = new KnownHashes(SEEN);
    private final Map<Hash32, Fetch> fetches = new HashMap<>();
    /** By identity: a peer that reconnects is another {@link Peer}. */
    private final Map<Peer, PeerFetches> peers = new HashMap<>();

    TxFetcher(TxPool pool, Duration timeout, FetchCounters counters) {
        this.pool = pool;
        this.timeoutNanos = timeout.toNanos();
        this.counters = counters;
    }

    /** {@code from} announced {@code hashes} ({@code THA}). */
    void announced(Peer from, List<Hash32> hashes) {
        counters.add(FetchEvent.ANNOUNCED, hashes.size());
        PeerFetches state = null;
        int duplicates = 0;
        for (Hash32 hash : hashes) {
            if (seen.contains(hash) || pool.contains(hash)) {
                duplicates++;
                continue;
            }
            Fetch fetch = fetches.get(hash);
            if (fetch != null) {
                fetch.alsoFrom(from);
                continue;
            }
            fetches.put(hash, new Fetch(from));
            if (state == null) {
                state = state(from);
            }
            state.toAsk.add(hash);
        }
        counters.add(FetchEvent.KNOWN, duplicates);
        if (state != null) {
            dispatch(from, state);
        }
    }

    /** {@code from} sent a {@code TBS} with bodies of {@code hashes}: does it answer its oldest request? */
    Delivery delivered(Peer from, List<Hash32> hashes) {
        if (!from.isConnected()) {
            // An answer that crossed the timeout that dropped the peer: late, not a lie.
            forget(from);
            return Delivery.DROPPED;
        }
        PeerFetches state = peers.get(from);
        Request request = state == null ? null : state.outstanding.poll();
        if (request == null) {
            forget(from);
            return Delivery.UNASKED;
        }
        Set<Hash32> missing = new HashSet<>(request.hashes());
        for (Hash32 hash : hashes) {
            if (!missing.remove(hash)) {
                state.outstanding.addFirst(request);
                forget(from);
                return Delivery.UNREQUESTED;
            }
        }
        int duplicates = 0;
        for (Hash32 hash : hashes) {
            fetches.remove(hash);
            if (!seen.add(hash)) {
                duplicates++;
            }
        }
        counters.add(FetchEvent.RECEIVED, hashes.size());
        counters.add(FetchEvent.DUPLICATE, duplicates);
        for (Hash32 hash : missing) {
            moveOn(hash, from);
        }
        dispatch(from, state);
        return Delivery.REQUESTED;
    }

    /** The node admitted these (from anywhere): never fetch them. */
    void admitted(List<Hash32> hashes) {
        hashes.forEach(seen::add);
    }

    /** Drops the peers whose oldest request is older than the timeout, forgets those gone, asks what waits. */
    void tick(long nowNanos) {
        List<Peer> gone = new ArrayList<>();
        peers.forEach((peer, state) -> {
            Request oldest = state.outstanding.peek();
            if (!peer.isConnected()) {
                gone.add(peer);
            } else if (oldest != null && nowNanos - oldest.sentNanos() > timeoutNanos) {
                counters.add(FetchEvent.TIMED_OUT, 1);
                peer.disconnect(DisconnectReason.REQUEST_TIMEOUT, "no TBS within "
                        + Duration.ofNanos(timeoutNanos).toMillis() + " ms of a TGR for "
                        + oldest.hashes().size() + " transactions");
                gone.add(peer);
            }
        });
        gone.forEach(this::forget);
        peers.forEach(this::dispatch);
    }

    /** Hashes being fetched, asked or waiting to be. */
    int inFlight() {
        return fetches.size();
    }

    private PeerFetches state(Peer peer) {
        return peers.computeIfAbsent(peer, p -> new PeerFetches());
    }

    private void dispatch(Peer peer, PeerFetches state) {
        while (state.outstanding.size() < REQUESTS_PER_PEER && !state.toAsk.isEmpty()) {
            List<Hash32> batch = new ArrayList<>();
            while (batch.size() < TransactionRequest.MAX_HASHES && !state.toAsk.isEmpty()) {
                Hash32 hash = state.toAsk.poll();
                Fetch fetch = fetches.get(hash);
                if (fetch != null && fetch.assigned == peer && !fetch.requested) {
                    fetch.requested = true;
                    batch.add(hash);
                }
            }
            if (batch.isEmpty()) {
                return;
            }
            state.outstanding.add(new Request(Set.copyOf(batch), System.nanoTime()));
            counters.add(FetchEvent.REQUESTED, batch.size());
            peer.send(new TransactionRequest(batch));
        }
    }

    /** Forgets {@code peer}: what it was asked or was to be asked goes to the next alternate. */
    private void forget(Peer peer) {
        PeerFetches state = peers.remove(peer);
        if (state == null) {
            return;
        }
        for (Request request : state.outstanding) {
            request.hashes().forEach(hash -> moveOn(hash, peer));
        }
        state.toAsk.forEach(hash -> moveOn(hash, peer));
    }

    /** {@code failed} did not deliver {@code hash}: the next connected alternate is asked, or the fetch ends. */
    private void moveOn(Hash32 hash, Peer failed) {
        Fetch fetch = fetches.get(hash);
        if (fetch == null || fetch.assigned != failed) {
            return;
        }
        Peer next;
        while ((next = fetch.alternates.poll()) != null) {
            if (next != failed && next.isConnected()) {
                fetch.assigned = next;
                fetch.requested = false;
                state(next).toAsk.add(hash);
                return;
            }
        }
        fetches.remove(hash);
    }

    /** One hash being fetched: the peer asked (or to be asked) and the others that announced it, in order. */
    private static final class Fetch {
        private Peer assigned;
        private boolean requested;
        private final ArrayDeque<Peer> alternates = new ArrayDeque<>(2);

        Fetch(Peer assigned) {
            this.assigned = assigned;
        }

        void alsoFrom(Peer peer) {
            if (peer != assigned && !alternates.contains(peer)) {
                alternates.add(peer);
            }
        }
    }

    /** One peer's hashes to ask for and its outstanding requests, oldest first. */
    private static final class PeerFetches {
        private final ArrayDeque<Hash32> toAsk = new ArrayDeque<>();
        private final ArrayDeque<Request> outstanding = new ArrayDeque<>();
    }

    private record Request(Set<Hash32> hashes, long sentNanos) {
    }
}
