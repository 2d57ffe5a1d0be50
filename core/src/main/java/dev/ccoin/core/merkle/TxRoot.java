package dev.ccoin.core.merkle;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.types.Hash32;
import java.security.MessageDigest;
import java.util.List;

/**
 * The transaction root of a block header (protocol §4): leaves {@code H(0x00 || txHash)} in block order, parents
 * {@code H(0x01 || left || right)}, and at a level with an odd count the last node moves up unchanged. One
 * transaction gives its leaf; none gives {@link Hash32#ZERO}. The leaf and node prefixes keep a leaf from ever
 * being read as an internal node (the second-preimage trick against Bitcoin's tree). Stateless.
 */
public final class TxRoot {
    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;

    private TxRoot() {
    }

    /** The root over {@code txHashes}, the transaction ids in block order. */
    public static Hash32 of(List<Hash32> txHashes) {
        int count = txHashes.size();
        if (count == 0) {
            return Hash32.ZERO;
        }
        Hash32[] level = new Hash32[count];
        for (int i = 0; i < count; i++) {
            level[i] = leaf(txHashes.get(i));
        }
        while (count > 1) {
            int parents = 0;
            for (int i = 0; i + 1 < count; i += 2) {
                level[parents++] = Sha256.hash(NODE, level[i], level[i + 1]);
            }
            if (count % 2 == 1) {
                level[parents++] = level[count - 1];
            }
            count = parents;
        }
        return level[0];
    }

    /** {@code H(0x00 || txHash)}. */
    public static Hash32 leaf(Hash32 txHash) {
        MessageDigest digest = Sha256.digest();
        digest.update(LEAF);
        txHash.updateDigest(digest);
        return Hash32.of(digest.digest());
    }
}
