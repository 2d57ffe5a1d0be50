package dev.ccoin.core.testing;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.merkle.StateNode;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The state root computed from scratch by the spec's recursive definition, with no store and no incremental
 * update: the independent answer the real tree is compared with.
 */
public final class ReferenceStateRoot {
    private ReferenceStateRoot() {
    }

    public static Hash32 of(Map<Address, Account> accounts) {
        List<Address> present = accounts.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
        return subtree(present, accounts, 0);
    }

    private static Hash32 subtree(List<Address> addresses, Map<Address, Account> accounts, int depth) {
        if (addresses.isEmpty()) {
            return Hash32.ZERO;
        }
        if (addresses.size() == 1) {
            Address only = addresses.get(0);
            return new StateNode.Leaf(only, accounts.get(only)).hash();
        }
        Map<Boolean, List<Address>> sides = addresses.stream()
                .collect(Collectors.partitioningBy(a -> bit(Sha256.hash(a.toArray()), depth) == 1));
        return Sha256.hash((byte) 1, subtree(sides.get(false), accounts, depth + 1),
                subtree(sides.get(true), accounts, depth + 1));
    }

    private static int bit(Hash32 hash, int depth) {
        return (hash.get(depth / 8) >> (7 - depth % 8)) & 1;
    }
}
