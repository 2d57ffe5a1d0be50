package dev.ccoin.cli.light;

import dev.ccoin.core.block.Genesis;
import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.node.consensus.ForkChoice;
import dev.ccoin.node.consensus.rules.HeaderRules;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The light client's chain of trust: it starts from the genesis file (and what the header store holds), follows
 * the chain each node serves through the node's header rules, and keeps the heaviest valid one exactly as the
 * node's {@link ForkChoice} would — so a node serving a lighter branch loses to any node serving the heavier one.
 * The chosen chain is saved to the store before anything is proven against it. One command, one thread.
 */
public final class LightClient {
    private final ChainParams params;
    private final SealedHeader genesis;
    private final HeaderSync sync;
    private final List<NodeSource> sources;
    private final Optional<HeaderStore> store;

    public LightClient(ChainParams params, Clock clock, List<NodeSource> sources, Optional<HeaderStore> store) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a light client asks at least one node");
        }
        this.params = params;
        this.genesis = genesisOf(params);
        this.sync = new HeaderSync(HeaderRules.forHeaders(params, clock));
        this.sources = List.copyOf(sources);
        this.store = store;
    }

    /** The sealed genesis header of {@code params}: the one header a light client never asks for. */
    public static SealedHeader genesisOf(ChainParams params) {
        return SealedHeader.of(Genesis.block(params));
    }

    public ChainParams params() {
        return params;
    }

    /**
     * Follows every node and returns the heaviest valid chain with the nodes serving its head.
     *
     * @throws RefusedException when a node serves anything that does not verify
     */
    public TrustedChain follow() {
        HeaderChain believed = store.map(HeaderStore::chain).orElseGet(() -> HeaderChain.startingAt(params, genesis));
        long storedHeight = believed.height();
        HeaderChain best = believed;
        List<HeaderSync.Served> served = new ArrayList<>();
        long fetched = 0;
        for (NodeSource source : sources) {
            HeaderSync.Served one = sync.follow(believed, source);
            served.add(one);
            fetched += one.fetched();
            if (ForkChoice.isBetter(one.chain().weight(), best.weight())) {
                best = one.chain();
            }
        }
        HeaderChain chosen = best;
        store.ifPresent(headers -> headers.save(chosen));
        List<NodeSource> servingHead = new ArrayList<>();
        List<NodeSource> others = new ArrayList<>();
        for (HeaderSync.Served one : served) {
            (one.chain().head().hash().equals(chosen.head().hash()) ? servingHead : others).add(one.source());
        }
        return new TrustedChain(chosen, servingHead, others, fetched, storedHeight);
    }
}
