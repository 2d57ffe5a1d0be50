package dev.ccoin.node.p2p;

import dev.ccoin.core.types.Address;
import java.util.Set;

/**
 * A switchable split of a test network into two groups: while active, a node of one group may only talk to nodes
 * of its own group. Each node gets its own {@link PeerFilter} view. Thread-safe (volatile state).
 */
public final class Partition {
    private volatile Set<Address> groupB = Set.of();
    private volatile boolean active;

    /** Splits off {@code groupB}; everyone else is group A. */
    public void split(Set<Address> groupB) {
        this.groupB = Set.copyOf(groupB);
        this.active = true;
    }

    public void heal() {
        active = false;
    }

    /** The filter of node {@code self}. */
    public PeerFilter filterFor(Address self) {
        return peer -> !active || groupB.contains(self) == groupB.contains(peer);
    }
}
