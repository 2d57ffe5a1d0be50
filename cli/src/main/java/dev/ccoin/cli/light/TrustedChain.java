package dev.ccoin.cli.light;

import java.util.List;
import java.util.stream.Stream;

/**
 * The outcome of following every node asked: the heaviest valid chain, as fork choice picks it among what the
 * header store held and what each node served; the nodes that serve exactly that head, first in the order to ask
 * for proofs; and how many headers were fetched and checked. Immutable once made.
 */
record TrustedChain(HeaderChain chain, List<NodeSource> servingHead, List<NodeSource> others, long fetched,
        long storedHeight) {
    TrustedChain {
        servingHead = List.copyOf(servingHead);
        others = List.copyOf(others);
    }

    /** Who to ask for a proof at the head: the nodes serving it, then the rest. */
    List<NodeSource> proofOrder() {
        return Stream.concat(servingHead.stream(), others.stream()).toList();
    }
}
