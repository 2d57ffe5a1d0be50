package dev.ccoin.discovery.peers;

import dev.ccoin.core.discovery.Registration;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live registrations, by node id: the one owner of the discovery service's state. A registration lives for
 * {@code lifetime} after it was accepted unless refreshed; expired ones are invisible at once and removed by
 * {@link #sweep()} (run periodically) or when their node id is next touched.
 *
 * <p>Alongside each node id the registry remembers the newest timestamp it accepted for it, also after the
 * node deregistered or expired, for as long as a request with that timestamp could still pass the skew check.
 * Every request must be newer than that, so a captured request cannot be replayed. Remembered node ids count
 * against {@code capacity}, which bounds memory; a new node id is refused with {@link Refusal#REGISTRY_FULL}
 * when the registry is full.
 *
 * <p>Thread-safe: every method holds the registry's lock, briefly; no I/O or cryptography happens under it.
 */
public final class Registry {
    /** Whether a registration added a node or refreshed one already registered. */
    public enum Outcome { ADDED, REFRESHED }

    /** An accepted registration and what it did. */
    public record Admission(PeerEntry entry, Outcome outcome) {
    }

    private static final Comparator<PeerEntry> NEWEST_FIRST = Comparator.comparingLong(PeerEntry::acceptedAt)
            .reversed().thenComparing(PeerEntry::nodeId);

    private final Clock clock;
    private final int capacity;
    private final long lifetimeMillis;
    private final long replayWindowMillis;
    private final Map<Address, PeerEntry> live = new HashMap<>();
    /** Newest accepted timestamp per node id; a superset of {@code live}'s keys. */
    private final Map<Address, Long> newestTimestamps = new HashMap<>();

    public Registry(Clock clock, int capacity, Duration lifetime, Duration maxClockSkew) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.clock = clock;
        this.capacity = capacity;
        this.lifetimeMillis = lifetime.toMillis();
        this.replayWindowMillis = maxClockSkew.toMillis();
    }

    /** A registry with the protocol's lifetime and skew (protocol §9). */
    public Registry(Clock clock, int capacity) {
        this(clock, capacity, Registration.LIFETIME, Registration.MAX_CLOCK_SKEW);
    }

    /**
     * Adds or refreshes an authenticated registration; throws {@link RefusedException} with
     * {@link Refusal#TIMESTAMP_NOT_NEWER} or {@link Refusal#REGISTRY_FULL}, changing nothing.
     */
    public synchronized Admission register(Registration registration, PublicKey nodeKey) {
        long now = clock.millis();
        Address node = registration.nodeId();
        forgetIfOld(node, now);
        checkNewer(node, registration.timestamp());
        if (!newestTimestamps.containsKey(node) && newestTimestamps.size() >= capacity) {
            sweep(now);
            if (newestTimestamps.size() >= capacity) {
                throw new RefusedException(Refusal.REGISTRY_FULL, "the registry holds " + capacity
                        + " nodes, its limit; try again when registrations expire");
            }
        }
        PeerEntry entry = new PeerEntry(registration, nodeKey, now, now + lifetimeMillis);
        PeerEntry previous = live.put(node, entry);
        newestTimestamps.put(node, registration.timestamp());
        return new Admission(entry, previous == null ? Outcome.ADDED : Outcome.REFRESHED);
    }

    /** The live registration of a node, if any. */
    public synchronized Optional<PeerEntry> find(Address node) {
        long now = clock.millis();
        forgetIfOld(node, now);
        return Optional.ofNullable(live.get(node));
    }

    /**
     * Removes a node's live registration after its authenticated deregistration made at {@code timestamp};
     * throws {@link RefusedException} with {@link Refusal#UNKNOWN_NODE} or {@link Refusal#TIMESTAMP_NOT_NEWER}.
     */
    public synchronized void deregister(Address node, long timestamp) {
        long now = clock.millis();
        forgetIfOld(node, now);
        if (!live.containsKey(node)) {
            throw new RefusedException(Refusal.UNKNOWN_NODE, "node " + node.toHex() + " is not registered");
        }
        checkNewer(node, timestamp);
        live.remove(node);
        newestTimestamps.put(node, timestamp);
    }

    /** Up to {@code limit} live registrations of one network, most recently accepted first. */
    public List<PeerEntry> network(long networkId, Hash32 genesisHash, int limit) {
        List<PeerEntry> matches = new ArrayList<>();
        synchronized (this) {
            long now = clock.millis();
            for (PeerEntry entry : live.values()) {
                Registration registration = entry.registration();
                if (entry.isLiveAt(now) && registration.networkId() == networkId
                        && registration.genesisHash().equals(genesisHash)) {
                    matches.add(entry);
                }
            }
        }
        matches.sort(NEWEST_FIRST);
        return List.copyOf(matches.subList(0, Math.min(limit, matches.size())));
    }

    /** The number of live registrations. */
    public synchronized int size() {
        long now = clock.millis();
        return (int) live.values().stream().filter(entry -> entry.isLiveAt(now)).count();
    }

    public int capacity() {
        return capacity;
    }

    /** Removes expired registrations and node ids no longer needed against replays; returns how many went. */
    public synchronized int sweep() {
        return sweep(clock.millis());
    }

    private int sweep(long now) {
        int before = newestTimestamps.size();
        newestTimestamps.keySet().removeIf(node -> forgettable(node, now));
        live.values().removeIf(entry -> !entry.isLiveAt(now));
        return before - newestTimestamps.size();
    }

    private void forgetIfOld(Address node, long now) {
        PeerEntry entry = live.get(node);
        if (entry != null && !entry.isLiveAt(now)) {
            live.remove(node);
        }
        if (forgettable(node, now)) {
            newestTimestamps.remove(node);
        }
    }

    /** Not live, and any request not newer than its newest timestamp would now fail the skew check anyway. */
    private boolean forgettable(Address node, long now) {
        PeerEntry entry = live.get(node);
        if (entry != null && entry.isLiveAt(now)) {
            return false;
        }
        Long newest = newestTimestamps.get(node);
        return newest == null || newest + replayWindowMillis < now;
    }

    private void checkNewer(Address node, long timestamp) {
        Long newest = newestTimestamps.get(node);
        if (newest != null && timestamp <= newest) {
            throw new RefusedException(Refusal.TIMESTAMP_NOT_NEWER, "timestamp " + timestamp
                    + " is not newer than " + newest + ", already accepted for node " + node.toHex());
        }
    }
}
