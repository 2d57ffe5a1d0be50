package dev.ccoin.node.p2p.admission;

import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The connections waiting for their {@code SOL}, oldest first, at most {@code capacity} in all and {@code perIp} from
 * one IP. Adding to a full set pushes out the oldest waiting connection (of that IP when the IP's share is full), so a
 * flood that holds connections open cannot keep an honest initiator from its turn. Owned by the admission thread.
 */
final class PendingSet {
    private final int capacity;
    private final int perIp;
    private final LinkedHashSet<Waiting> byAge = new LinkedHashSet<>();
    private final Map<InetAddress, ArrayDeque<Waiting>> byIp = new HashMap<>();

    PendingSet(int capacity, int perIp) {
        if (capacity < 1 || perIp < 1) {
            throw new IllegalArgumentException("the pending set needs room");
        }
        this.capacity = capacity;
        this.perIp = perIp;
    }

    /** Adds {@code waiting}; returns the connections it pushed out, which are no longer in the set. */
    List<Waiting> add(Waiting waiting) {
        List<Waiting> pushedOut = new ArrayList<>(1);
        ArrayDeque<Waiting> sameIp = byIp.computeIfAbsent(waiting.ip(), any -> new ArrayDeque<>());
        if (sameIp.size() >= perIp) {
            Waiting oldest = sameIp.peekFirst();
            remove(oldest);
            pushedOut.add(oldest);
            sameIp = byIp.computeIfAbsent(waiting.ip(), any -> new ArrayDeque<>());
        } else if (byAge.size() >= capacity) {
            Waiting oldest = byAge.iterator().next();
            remove(oldest);
            pushedOut.add(oldest);
            sameIp = byIp.computeIfAbsent(waiting.ip(), any -> new ArrayDeque<>());
        }
        byAge.add(waiting);
        sameIp.addLast(waiting);
        return pushedOut;
    }

    void remove(Waiting waiting) {
        if (!byAge.remove(waiting)) {
            return;
        }
        ArrayDeque<Waiting> sameIp = byIp.get(waiting.ip());
        sameIp.remove(waiting);
        if (sameIp.isEmpty()) {
            byIp.remove(waiting.ip());
        }
    }

    Optional<Waiting> oldest() {
        return byAge.isEmpty() ? Optional.empty() : Optional.of(byAge.iterator().next());
    }

    List<Waiting> all() {
        return List.copyOf(byAge);
    }

    int size() {
        return byAge.size();
    }

    int capacity() {
        return capacity;
    }
}
