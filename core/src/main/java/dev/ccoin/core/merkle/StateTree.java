package dev.ccoin.core.merkle;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.state.StateView;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state tree of the spec (§4): a compressed sparse Merkle tree over every non-empty account, keyed by the
 * 256 bits of {@code H(address)}. An empty subtree is {@link Hash32#ZERO}, a subtree with one account is that
 * account's leaf at whatever depth, anything else a {@link StateNode.Branch}. A state is just its root hash; the
 * tree reads and writes nodes through a {@link NodeStore} and never deletes one, so every kept root stays readable.
 *
 * <p>{@link #update} applies many changes in one recursive pass over their sorted paths: it visits only the
 * nodes on those paths, hashes and writes only the nodes it creates, O(k · log n) for k changes among n accounts.
 * Stateless beyond its store: as thread-safe as that store.
 */
public final class StateTree {
    /** The number of bits in a path, hence the deepest a branch can sit. */
    public static final int MAX_DEPTH = 256;

    private final NodeStore store;

    public StateTree(NodeStore store) {
        this.store = store;
    }

    /** An account's path: {@code H(address)}, read most significant bit first. */
    public static Hash32 pathOf(Address address) {
        return Sha256.hash(address.toArray());
    }

    /** Bit {@code depth} of {@code path}, most significant first. */
    static int bit(Hash32 path, int depth) {
        return (path.get(depth >>> 3) >>> (7 - (depth & 7))) & 1;
    }

    /** The account at {@code address} under {@code root}; {@link Account#EMPTY} when it has none. */
    public Account get(Hash32 root, Address address) {
        Hash32 path = pathOf(address);
        Hash32 node = root;
        for (int depth = 0; !node.equals(Hash32.ZERO); depth++) {
            StateNode loaded = load(node);
            if (loaded instanceof StateNode.Leaf leaf) {
                return leaf.address().equals(address) ? leaf.account() : Account.EMPTY;
            }
            node = branchAt(node, loaded, depth).child(bit(path, depth));
        }
        return Account.EMPTY;
    }

    /** A read-only view of the state under {@code root}; every read goes to the store. */
    public StateView at(Hash32 root) {
        return address -> get(root, address);
    }

    /**
     * Applies {@code changes} to the state under {@code root} and returns the new root. An {@link Account#EMPTY}
     * value deletes the account, and the tree collapses back to what it would be had the account never existed.
     * Writes the new nodes to the store; the old root stays readable.
     */
    public Hash32 update(Hash32 root, Map<Address, Account> changes) {
        if (changes.isEmpty()) {
            return root;
        }
        Entry[] entries = new Entry[changes.size()];
        int i = 0;
        for (Map.Entry<Address, Account> change : changes.entrySet()) {
            entries[i++] = new Entry(pathOf(change.getKey()), change.getKey(), change.getValue(), null);
        }
        Arrays.sort(entries, Comparator.comparing(Entry::path));
        return apply(root, 0, entries, 0, entries.length).hash();
    }

    /**
     * The proof for {@code address} under {@code root}: the siblings along its path and the leaf it ends at.
     * Check it with {@link AccountProof#verify}, which needs no store.
     */
    public AccountProof prove(Hash32 root, Address address) {
        Hash32 path = pathOf(address);
        List<Hash32> siblings = new ArrayList<>();
        Hash32 node = root;
        for (int depth = 0; !node.equals(Hash32.ZERO); depth++) {
            StateNode loaded = load(node);
            if (loaded instanceof StateNode.Leaf leaf) {
                return new AccountProof(siblings, Optional.of(leaf));
            }
            StateNode.Branch branch = branchAt(node, loaded, depth);
            siblings.add(branch.sibling(bit(path, depth)));
            node = branch.child(bit(path, depth));
        }
        return new AccountProof(siblings, Optional.empty());
    }

    /** One change on its way down, or an existing leaf met on the way (then {@code stored} is its hash). */
    private record Entry(Hash32 path, Address address, Account account, Hash32 stored) {
    }

    private enum Kind { EMPTY, LEAF, BRANCH, UNREAD }

    /** A subtree's new hash and, where known without a read, what kind of subtree it is. */
    private record Subtree(Hash32 hash, Kind kind) {
        static final Subtree EMPTY = new Subtree(Hash32.ZERO, Kind.EMPTY);
    }

    /** Applies {@code entries[from, to)}, which all share the first {@code depth} path bits, to subtree {@code node}. */
    private Subtree apply(Hash32 node, int depth, Entry[] entries, int from, int to) {
        if (from == to) {
            return node.equals(Hash32.ZERO) ? Subtree.EMPTY : new Subtree(node, Kind.UNREAD);
        }
        if (node.equals(Hash32.ZERO)) {
            return build(depth, entries, from, to);
        }
        StateNode loaded = load(node);
        if (loaded instanceof StateNode.Leaf leaf) {
            Entry[] merged = mergeLeaf(node, leaf, entries, from, to);
            return build(depth, merged, 0, merged.length);
        }
        StateNode.Branch branch = branchAt(node, loaded, depth);
        int split = split(entries, from, to, depth);
        Subtree left = apply(branch.left(), depth + 1, entries, from, split);
        Subtree right = apply(branch.right(), depth + 1, entries, split, to);
        if (left.hash().equals(branch.left()) && right.hash().equals(branch.right())) {
            return new Subtree(node, Kind.BRANCH);
        }
        return join(left, right);
    }

    /** Builds the subtree of the non-empty accounts among {@code entries[from, to)} from nothing. */
    private Subtree build(int depth, Entry[] entries, int from, int to) {
        Entry only = null;
        int live = 0;
        for (int i = from; i < to && live < 2; i++) {
            if (!entries[i].account().isEmpty()) {
                only = entries[i];
                live++;
            }
        }
        if (live == 0) {
            return Subtree.EMPTY;
        }
        if (live == 1) {
            if (only.stored() != null) {
                return new Subtree(only.stored(), Kind.LEAF);
            }
            return new Subtree(write(new StateNode.Leaf(only.address(), only.account())), Kind.LEAF);
        }
        if (depth == MAX_DEPTH) {
            throw new IllegalStateException("two addresses share the path " + entries[from].path());
        }
        int split = split(entries, from, to, depth);
        return join(build(depth + 1, entries, from, split), build(depth + 1, entries, split, to));
    }

    /** The parent of two new subtrees: empty, the one leaf moved up, or a new branch. */
    private Subtree join(Subtree left, Subtree right) {
        if (left.kind() == Kind.EMPTY && right.kind() == Kind.EMPTY) {
            return Subtree.EMPTY;
        }
        if (left.kind() == Kind.EMPTY && isLeaf(right)) {
            return new Subtree(right.hash(), Kind.LEAF);
        }
        if (right.kind() == Kind.EMPTY && isLeaf(left)) {
            return new Subtree(left.hash(), Kind.LEAF);
        }
        return new Subtree(write(new StateNode.Branch(left.hash(), right.hash())), Kind.BRANCH);
    }

    private boolean isLeaf(Subtree subtree) {
        // An untouched sibling is read only when the other side became empty: at most one read per level.
        return subtree.kind() == Kind.LEAF
                || subtree.kind() == Kind.UNREAD && load(subtree.hash()) instanceof StateNode.Leaf;
    }

    /** {@code entries[from, to)} with the existing leaf added, unless a change replaces it; sorted by path. */
    private static Entry[] mergeLeaf(Hash32 hash, StateNode.Leaf leaf, Entry[] entries, int from, int to) {
        Entry existing = new Entry(pathOf(leaf.address()), leaf.address(), leaf.account(), hash);
        List<Entry> merged = new ArrayList<>(to - from + 1);
        boolean placed = false;
        for (int i = from; i < to; i++) {
            Entry entry = entries[i];
            if (entry.address().equals(leaf.address())) {
                // A change that writes the value already stored keeps the stored leaf: nothing new to write.
                merged.add(entry.account().equals(leaf.account()) ? existing : entry);
                placed = true;
                continue;
            }
            if (!placed && existing.path().compareTo(entry.path()) < 0) {
                merged.add(existing);
                placed = true;
            }
            merged.add(entry);
        }
        if (!placed) {
            merged.add(existing);
        }
        return merged.toArray(new Entry[0]);
    }

    /** The first index in {@code [from, to)} whose path has bit {@code depth} set; the range is sorted by path. */
    private static int split(Entry[] entries, int from, int to, int depth) {
        int low = from;
        int high = to;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (bit(entries[mid].path(), depth) == 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private Hash32 write(StateNode node) {
        Hash32 hash = node.hash();
        store.put(hash, node);
        return hash;
    }

    private StateNode load(Hash32 hash) {
        return store.get(hash).orElseThrow(() ->
                new StateTreeException(TreeError.MISSING_NODE, hash, "no state node " + hash));
    }

    private static StateNode.Branch branchAt(Hash32 hash, StateNode node, int depth) {
        if (depth >= MAX_DEPTH) {
            throw new StateTreeException(TreeError.CORRUPT, hash, "branch " + hash + " below the last path bit");
        }
        return (StateNode.Branch) node;
    }
}
