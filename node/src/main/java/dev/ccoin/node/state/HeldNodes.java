package dev.ccoin.node.state;

import dev.ccoin.core.merkle.NodeStore;
import dev.ccoin.core.merkle.StateNode;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.storage.StoreBatch;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state-tree nodes of states not yet committed, held in memory over the committed ones on disk, as geth's
 * {@code triedb/hashdb} holds its dirty nodes. Each held node counts its references: one per held parent and one
 * per {@link #retain retained} root. {@link #release} drops a root and every node only it reached; {@link #reachable}
 * and {@link #forget} commit a root: its held nodes go to disk in one batch and leave memory, while nodes that only
 * replaced states reach are never written. Reads see held nodes first, then {@link StoredNodeStore}.
 *
 * <p>Invariant: a node on disk has its whole subtree on disk (a commit writes every held node its root reaches, and
 * the others were on disk already), so a root node present in the store means its state is complete.
 *
 * <p>Threads: {@link #get} and {@link #holds} are safe from any thread (a node is written to disk before it leaves
 * memory); every other method belongs to the chain thread.
 */
public final class HeldNodes implements NodeStore {
    /**
     * Bytes a held branch costs on the heap: the map entry, the key, the reference count and the node with its two
     * child hashes (64 bytes of hash, each in a 72-byte object).
     */
    static final int BRANCH_BYTES = 300;
    /** Bytes a held leaf costs: the map entry, the key, the reference count, the leaf with its address and account. */
    static final int LEAF_BYTES = 250;

    private final StoredNodeStore committed;
    private final Map<Hash32, Held> held = new ConcurrentHashMap<>();
    private volatile long bytes;
    private volatile long peakBytes;

    public HeldNodes(StoredNodeStore committed) {
        this.committed = committed;
    }

    /** A held node and the number of held parents and retained roots that reach it. Chain thread only. */
    private static final class Held {
        final StateNode node;
        int references;

        Held(StateNode node) {
            this.node = node;
        }
    }

    @Override
    public Optional<StateNode> get(Hash32 hash) {
        Held found = held.get(hash);
        return found != null ? Optional.of(found.node) : committed.get(hash);
    }

    /** Writes {@code node} straight to disk, outside any state this store holds. */
    @Override
    public void put(Hash32 hash, StateNode node) {
        committed.put(hash, node);
    }

    /** Whether the node is in memory, not committed. */
    public boolean holds(Hash32 hash) {
        return held.containsKey(hash);
    }

    /** Whether every node of the state under {@code root} is readable, held or committed. */
    public boolean hasState(Hash32 root) {
        return root.equals(Hash32.ZERO) || get(root).isPresent();
    }

    /** The heap the held nodes take, estimated per node. */
    public long bytes() {
        return bytes;
    }

    /**
     * The most {@link #bytes} have been since this store was made: right after a block's nodes went in, before the
     * commit or the release that brings them back under the memory bound.
     */
    public long peakBytes() {
        return peakBytes;
    }

    /** The number of held nodes. */
    public int size() {
        return held.size();
    }

    /** What the held nodes take now and took at most: {@link #size}, {@link #bytes} and {@link #peakBytes}. */
    public Usage usage() {
        return new Usage(size(), bytes, peakBytes);
    }

    /** A reading of the held nodes' footprint, each figure read once; bytes estimated per node. */
    public record Usage(int nodes, long bytes, long peakBytes) {
    }

    /**
     * Holds a block's new nodes: those of {@code nodes} not held already start with no reference, and each
     * references its held children. Retain the block's root to keep them. A node that is on disk already is held
     * all the same (looking for it there would cost a read per node); committing it again rewrites the same bytes.
     */
    public void insert(Map<Hash32, StateNode> nodes) {
        // One lookup in the large shared map per new node, and the references among a block's new nodes (most of
        // them: a new branch's children are new too) counted on a small map of its own, which stays in the caches.
        Map<Hash32, Held> added = new HashMap<>(nodes.size() * 2);
        long size = 0;
        for (Map.Entry<Hash32, StateNode> entry : nodes.entrySet()) {
            Held fresh = new Held(entry.getValue());
            if (held.putIfAbsent(entry.getKey(), fresh) == null) {
                added.put(entry.getKey(), fresh);
                size += sizeOf(fresh.node);
            }
        }
        // After every new node is in: a parent may come before its child in the map.
        for (Held node : added.values()) {
            if (node.node instanceof StateNode.Branch branch) {
                reference(added, branch.left());
                reference(added, branch.right());
            }
        }
        bytes += size;
        peakBytes = Math.max(peakBytes, bytes);
    }

    /** Keeps the state under {@code root} in memory until {@link #release}d, if it is held. */
    public void retain(Hash32 root) {
        reference(root);
    }

    /** Drops one retention of {@code root}, and every held node no other held node or root reaches any more. */
    public void release(Hash32 root) {
        Held node = held.get(root);
        if (node == null || --node.references > 0) {
            return;
        }
        held.remove(root);
        bytes -= sizeOf(node.node);
        if (node.node instanceof StateNode.Branch branch) {
            release(branch.left());
            release(branch.right());
        }
    }

    /** The held nodes the state under {@code root} reaches, children before parents: what committing it writes. */
    public Map<Hash32, StateNode> reachable(Hash32 root) {
        Map<Hash32, StateNode> nodes = new LinkedHashMap<>();
        collect(root, nodes);
        return nodes;
    }

    /** Adds nodes to a batch and the read cache, for a commit. */
    public void write(StoreBatch batch, Map<Hash32, StateNode> nodes) {
        committed.write(batch, nodes);
    }

    /** Lets go of nodes a synced commit has written to disk; reads now find them there. */
    public void forget(Collection<Hash32> written) {
        long size = 0;
        for (Hash32 hash : written) {
            Held node = held.remove(hash);
            if (node != null) {
                size += sizeOf(node.node);
            }
        }
        bytes -= size;
    }

    private void collect(Hash32 hash, Map<Hash32, StateNode> nodes) {
        Held node = held.get(hash);
        if (node == null || nodes.containsKey(hash)) {
            return;
        }
        if (node.node instanceof StateNode.Branch branch) {
            collect(branch.left(), nodes);
            collect(branch.right(), nodes);
        }
        nodes.put(hash, node.node);
    }

    private void reference(Map<Hash32, Held> added, Hash32 hash) {
        Held node = added.get(hash);
        if (node == null) {
            node = held.get(hash);
        }
        if (node != null) {
            node.references++;
        }
    }

    private void reference(Hash32 hash) {
        Held node = held.get(hash);
        if (node != null) {
            node.references++;
        }
    }

    private static int sizeOf(StateNode node) {
        return node instanceof StateNode.Branch ? BRANCH_BYTES : LEAF_BYTES;
    }
}
