package dev.ccoin.cli.light;

import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.consensus.ChainWeight;
import dev.ccoin.node.consensus.rules.HeaderRules;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.consensus.ParentContext;
import dev.ccoin.node.consensus.Schedule;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A chain of headers from genesis, each checked against the one before it, with the total work up to each: what
 * the light client believes. {@link #extend} admits a header only if it keeps the node's header rules on top of
 * the head, so every chain of this type is one a full node would have followed up to its bodies. Weighed as the
 * node's fork choice weighs a head ({@link #weight()}). Mutable, owned by one thread.
 */
public final class HeaderChain {
    private record Link(SealedHeader header, BigInteger totalWork) {
    }

    private final Schedule schedule;
    private final int recencyWindow;
    private final List<Link> links;

    private HeaderChain(Schedule schedule, int recencyWindow, List<Link> links) {
        this.schedule = schedule;
        this.recencyWindow = recencyWindow;
        this.links = links;
    }

    /** The chain of {@code genesis} alone; genesis is trusted as the genesis file's, never checked by rules. */
    public static HeaderChain startingAt(ChainParams params, SealedHeader genesis) {
        Schedule schedule = new Schedule(params);
        List<Link> links = new ArrayList<>();
        links.add(new Link(genesis, schedule.work(genesis.header())));
        return new HeaderChain(schedule, schedule.recencyWindow(), links);
    }

    /**
     * Appends {@code header} if it keeps {@code rules} on top of the head.
     *
     * @throws RefusedException with the header's reason, naming its height and {@code source}
     */
    public void extend(SealedHeader header, HeaderRules rules, String source) {
        try {
            rules.check(header, contextAt(height()));
        } catch (InvalidBlockException e) {
            throw new RefusedException(LightRefusal.of(e.reason()), "header " + header.height() + " "
                    + header.hash().shortHex(16) + " from " + source + ": " + e.getMessage());
        }
        append(header);
    }

    /** Appends a header checked before (the store's), keeping the total work. */
    void append(SealedHeader header) {
        BigInteger work = links.get(links.size() - 1).totalWork().add(schedule.work(header.header()));
        links.add(new Link(header, work));
    }

    /** The first {@code height + 1} headers, as a chain of their own. */
    public HeaderChain prefix(long height) {
        return new HeaderChain(schedule, recencyWindow, new ArrayList<>(links.subList(0, Math.toIntExact(height) + 1)));
    }

    public long height() {
        return links.size() - 1L;
    }

    public SealedHeader head() {
        return links.get(links.size() - 1).header();
    }

    public SealedHeader at(long height) {
        return links.get(Math.toIntExact(height)).header();
    }

    /** Whether this chain holds {@code hash} at {@code height}. */
    public boolean holds(long height, Hash32 hash) {
        return height >= 0 && height <= height() && at(height).hash().equals(hash);
    }

    public BigInteger totalWork() {
        return links.get(links.size() - 1).totalWork();
    }

    /** The head as fork choice sees it. */
    public ChainWeight weight() {
        return new ChainWeight(totalWork(), height(), head().hash());
    }

    /**
     * The lowest height from which this chain and {@code other} differ; one past the shorter head if neither does.
     * Both are linked by parent hash from the same genesis, so below the highest header they share they share all.
     */
    long divergence(HeaderChain other) {
        long height = Math.min(height(), other.height());
        while (!at(height).hash().equals(other.at(height).hash())) {
            height--;
        }
        return height + 1;
    }

    /** What the parent rules know of the header at {@code height} as a parent: it and the miners up to it. */
    private ParentContext contextAt(long height) {
        int end = Math.toIntExact(height) + 1;
        List<Address> miners = new ArrayList<>(recencyWindow);
        for (int i = Math.max(0, end - recencyWindow); i < end; i++) {
            miners.add(links.get(i).header().header().miner());
        }
        SealedHeader parent = links.get(end - 1).header();
        return new ParentContext(parent.hash(), parent.header(), miners);
    }
}
