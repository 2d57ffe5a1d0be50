package dev.ccoin.core.merkle;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.types.Hash32;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The path from one transaction to its block's {@link TxRoot} (protocol §10.1): the transaction's {@code index} among
 * {@code count}, and the sibling at each level of the tree, leaf level first, leaving out the levels where the node
 * is the odd last one and moves up unchanged. With index and count a verifier knows at every level whether the node
 * is a left child, a right child or the odd one out, so the branch is no longer than the tree is deep. It proves
 * that the transaction is in the tree; the index and count it claims are only as sure as the tree's shape, which
 * the root does not fix (an odd last node looks like a right child one level up). Immutable.
 */
public record TxBranch(int index, int count, List<Hash32> siblings) {
    private static final byte NODE = 0x01;

    public TxBranch {
        siblings = List.copyOf(siblings);
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("transaction " + index + " of " + count + " is not in a block");
        }
        if (siblings.size() != depth(index, count)) {
            throw new IllegalArgumentException("transaction " + index + " of " + count + " needs "
                    + depth(index, count) + " siblings, got " + siblings.size());
        }
    }

    /** The branch of the transaction at {@code index} among {@code txHashes}, the block's ids in block order. */
    public static TxBranch of(List<Hash32> txHashes, int index) {
        int count = txHashes.size();
        Objects.checkIndex(index, count);
        Hash32[] level = new Hash32[count];
        for (int i = 0; i < count; i++) {
            level[i] = TxRoot.leaf(txHashes.get(i));
        }
        List<Hash32> siblings = new ArrayList<>();
        int at = index;
        for (int width = count; width > 1; width = (width + 1) / 2, at /= 2) {
            if (!isOddLast(at, width)) {
                siblings.add(level[at ^ 1]);
            }
            int parents = 0;
            for (int i = 0; i + 1 < width; i += 2) {
                level[parents++] = Sha256.hash(NODE, level[i], level[i + 1]);
            }
            if (width % 2 == 1) {
                level[parents] = level[width - 1];
            }
        }
        return new TxBranch(index, count, siblings);
    }

    /** The txRoot this branch gives for {@code txHash}. */
    public Hash32 root(Hash32 txHash) {
        Hash32 node = TxRoot.leaf(txHash);
        int next = 0;
        int at = index;
        for (int width = count; width > 1; width = (width + 1) / 2, at /= 2) {
            if (isOddLast(at, width)) {
                continue;
            }
            Hash32 sibling = siblings.get(next++);
            node = at % 2 == 0 ? Sha256.hash(NODE, node, sibling) : Sha256.hash(NODE, sibling, node);
        }
        return node;
    }

    /**
     * Checks that {@code txHash} sits under {@code txRoot} along this branch.
     *
     * @throws InvalidProofException with {@link ProofError#ROOT_MISMATCH} when it gives another root
     */
    public void verify(Hash32 txRoot, Hash32 txHash) {
        Hash32 computed = root(txHash);
        if (!computed.equals(txRoot)) {
            throw new InvalidProofException(ProofError.ROOT_MISMATCH,
                    "the branch of " + txHash + " gives txRoot " + computed + ", the header has " + txRoot);
        }
    }

    /** How many siblings the branch of {@code index} among {@code count} holds. */
    public static int depth(int index, int count) {
        int depth = 0;
        int at = index;
        for (int width = count; width > 1; width = (width + 1) / 2, at /= 2) {
            if (!isOddLast(at, width)) {
                depth++;
            }
        }
        return depth;
    }

    private static boolean isOddLast(int at, int width) {
        return width % 2 == 1 && at == width - 1;
    }
}
