package dev.ccoin.node.p2p.peers;

import dev.ccoin.core.types.Address;
import dev.ccoin.node.config.HostPort;
import dev.ccoin.node.network.PeerInfo;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The endpoints this node may dial: boot nodes (permanent), those learnt from peer lists and discovery, and those
 * announced on the LAN, which lapse unless announced again within their lifetime. Each remembers where it was
 * learnt first and has a next-try time: a failed dial backs off exponentially ({@link Backoff}), a connection that ends after its
 * handshake is retried after the first step, and a learnt endpoint that keeps failing is forgotten. An endpoint
 * that turns out to be this node is forgotten for good. Bounded. Thread-safe: every method is synchronized; the
 * maintenance thread takes due candidates, reader threads and discovery add them, and connection ends report back.
 */
public final class Candidates {
    static final int MAX_CANDIDATES = 1_000;
    /** A learnt endpoint is forgotten after this many failed dials in a row. */
    static final int MAX_FAILURES = 8;

    private final Backoff backoff;
    private final Clock clock;
    private final Map<HostPort, Entry> entries = new LinkedHashMap<>();

    private static final class Entry {
        boolean permanent;
        PeerInfo.Source source;
        long expiresAtMillis = Long.MAX_VALUE;
        Optional<Address> nodeId = Optional.empty();
        int failures;
        long notBeforeMillis;
        boolean dialing;
    }

    public Candidates(Backoff backoff, Clock clock) {
        this.backoff = backoff;
        this.clock = clock;
    }

    /**
     * Adds an endpoint learnt from {@code source}, due at once (a boot node is kept for good); a known one keeps its
     * schedule and learns the node id.
     */
    public synchronized void add(HostPort target, Optional<Address> nodeId, PeerInfo.Source source) {
        Entry entry = entry(target, source);
        if (entry == null) {
            return;
        }
        entry.permanent |= source == PeerInfo.Source.BOOTNODE;
        entry.expiresAtMillis = Long.MAX_VALUE;
        if (nodeId.isPresent()) {
            entry.nodeId = nodeId;
        }
    }

    /**
     * Adds an endpoint announced as node {@code nodeId}, a candidate until {@code lifetime} from now unless announced
     * again; one known from elsewhere stays as long as it would have.
     */
    public synchronized void addFor(HostPort target, Address nodeId, PeerInfo.Source source, Duration lifetime) {
        Entry entry = entry(target, source);
        if (entry == null) {
            return;
        }
        if (entry.expiresAtMillis != Long.MAX_VALUE) {
            entry.expiresAtMillis = Math.max(entry.expiresAtMillis, clock.millis() + lifetime.toMillis());
        }
        entry.nodeId = Optional.of(nodeId);
    }

    /** The entry of {@code target}, new if need be; null when the table is full of entries that must stay. */
    private Entry entry(HostPort target, PeerInfo.Source source) {
        Entry entry = entries.get(target);
        if (entry == null) {
            if (entries.size() >= MAX_CANDIDATES && !evictOne()) {
                return null;
            }
            entry = new Entry();
            entry.source = source;
            entry.expiresAtMillis = 0;
            entries.put(target, entry);
        }
        return entry;
    }

    /** Up to {@code limit} endpoints due now, in random order, each marked as being dialled. */
    public synchronized List<DialCandidate> takeDue(int limit) {
        long now = clock.millis();
        List<Map.Entry<HostPort, Entry>> due = new ArrayList<>();
        entries.values().removeIf(entry -> !entry.dialing && entry.expiresAtMillis <= now);
        for (Map.Entry<HostPort, Entry> e : entries.entrySet()) {
            if (!e.getValue().dialing && e.getValue().notBeforeMillis <= now) {
                due.add(e);
            }
        }
        Collections.shuffle(due);
        List<DialCandidate> taken = new ArrayList<>();
        for (Map.Entry<HostPort, Entry> e : due.subList(0, Math.min(Math.max(limit, 0), due.size()))) {
            e.getValue().dialing = true;
            taken.add(new DialCandidate(e.getKey(), e.getValue().nodeId, e.getValue().source));
        }
        return taken;
    }

    /** A taken endpoint that was not dialled after all (already connected another way); due again later. */
    public synchronized void skipped(HostPort target) {
        Entry entry = entries.get(target);
        if (entry != null) {
            entry.dialing = false;
            entry.notBeforeMillis = clock.millis() + backoff.delayMillis(1);
        }
    }

    /** A dialled connection ended: after its handshake ({@code established}) or without one. */
    public synchronized void dialEnded(HostPort target, boolean established, DisconnectReason reason) {
        Entry entry = entries.get(target);
        if (entry == null) {
            return;
        }
        entry.dialing = false;
        if (reason == DisconnectReason.SELF_CONNECTION) {
            entries.remove(target);
            return;
        }
        long now = clock.millis();
        if (established) {
            entry.failures = 0;
            entry.notBeforeMillis = now + backoff.delayMillis(1);
            return;
        }
        entry.failures++;
        if (!entry.permanent && entry.failures >= MAX_FAILURES) {
            entries.remove(target);
            return;
        }
        entry.notBeforeMillis = now + (reason == DisconnectReason.WRONG_GENESIS
                ? backoff.maxMillis() : backoff.delayMillis(entry.failures));
    }

    /** The number of endpoints being dialled right now. */
    public synchronized int dialing() {
        return (int) entries.values().stream().filter(e -> e.dialing).count();
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized boolean contains(HostPort target) {
        return entries.containsKey(target);
    }

    private boolean evictOne() {
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
            Entry entry = it.next();
            if (!entry.permanent && !entry.dialing) {
                it.remove();
                return true;
            }
        }
        return false;
    }
}
