package dev.ccoin.node.p2p.peers;

import dev.ccoin.core.types.Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Node ids and host addresses this node refuses for a while (protocol §8: 10 minutes) after they broke the protocol.
 * A ban expires by the injected {@link Clock}. A loopback address is never banned as a host, only by node id: every
 * node of a local dev network shares it, so banning it would cut this node off from all of them (Bitcoin Core
 * likewise never discourages local peers). The table is bounded; when full, expired and then the soonest-expiring
 * entries go first. Thread-safe: a concurrent map, no other state.
 */
public final class BanList {
    static final int MAX_ENTRIES = 10_000;

    private final Clock clock;
    private final Duration duration;
    private final Map<Object, Instant> until = new ConcurrentHashMap<>();

    public BanList(Clock clock, Duration duration) {
        this.clock = clock;
        this.duration = duration;
    }

    /** Bans the node id when known, and the host unless it is a loopback address. */
    public void ban(Optional<Address> nodeId, InetAddress host) {
        Instant expiry = clock.instant().plus(duration);
        makeRoom();
        nodeId.ifPresent(id -> until.put(id, expiry));
        if (host != null && !host.isLoopbackAddress()) {
            until.put(host, expiry);
        }
    }

    public boolean isBanned(Address nodeId) {
        return active(nodeId);
    }

    public boolean isBanned(InetAddress host) {
        return active(host);
    }

    /** The number of bans in force. */
    public int size() {
        Instant now = clock.instant();
        return (int) until.values().stream().filter(expiry -> expiry.isAfter(now)).count();
    }

    private boolean active(Object key) {
        Instant expiry = until.get(key);
        if (expiry == null) {
            return false;
        }
        if (expiry.isAfter(clock.instant())) {
            return true;
        }
        until.remove(key, expiry);
        return false;
    }

    private void makeRoom() {
        if (until.size() < MAX_ENTRIES) {
            return;
        }
        Instant now = clock.instant();
        until.values().removeIf(expiry -> !expiry.isAfter(now));
        while (until.size() >= MAX_ENTRIES) {
            until.entrySet().stream().min(Map.Entry.comparingByValue())
                    .ifPresent(soonest -> until.remove(soonest.getKey(), soonest.getValue()));
        }
    }
}
