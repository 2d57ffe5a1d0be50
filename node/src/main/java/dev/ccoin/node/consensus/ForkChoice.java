package dev.ccoin.node.consensus;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * Fork choice (protocol §4): the head is the valid block with the greatest total work. Equal work goes to the lower
 * height — the branch with more in-turn blocks, so fewer authorities missed their turn — and then to the lower
 * block hash read as an unsigned number. The order is total and depends on nothing but the candidates: never on
 * which arrived first, never random, so every node that knows the same blocks picks the same head. The chain
 * switches its head by it, and the network chooses the peer to sync from and raises a peer's known head by it, so
 * a node syncs towards exactly the head it would choose. Stateless.
 */
public final class ForkChoice {
    /** Orders candidates worst to best: {@code ORDER.compare(a, b) > 0} iff {@code a} is the better head. */
    public static final Comparator<ChainWeight> ORDER = Comparator
            .comparing(ChainWeight::totalWork)
            .thenComparing(Comparator.comparingLong(ChainWeight::height).reversed())
            .thenComparing(Comparator.comparing(ChainWeight::hash).reversed());

    private ForkChoice() {
    }

    /** Whether {@code candidate} should replace {@code current} as the head; false for the same block. */
    public static boolean isBetter(ChainWeight candidate, ChainWeight current) {
        return ORDER.compare(candidate, current) > 0;
    }

    /** The candidate whose {@code weight} is best, empty if there are none (the peer to sync from). */
    public static <T> Optional<T> best(Collection<T> candidates, Function<? super T, ChainWeight> weight) {
        return candidates.stream().max(Comparator.comparing(weight, ORDER));
    }
}
