package dev.ccoin.cli.light;

import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.node.consensus.rules.HeaderRules;
import java.util.List;

/**
 * Follows the chain one node serves, from what the client already believes: it finds the highest header the two
 * share (probing back 1, 2, 4… headers below the believed head, down to genesis), then fetches and checks every
 * header after it page by page. The result is a chain of its own; which chain wins is fork choice's, elsewhere. A
 * node whose pages stop below the head its {@code /status} reports is {@link LightRefusal#HEADERS_TRUNCATED}. Stateless
 * beyond its rules; one thread.
 */
final class HeaderSync {
    /** A node's chain as checked, with how many headers it took to fetch. */
    record Served(NodeSource source, HeaderChain chain, long fetched) {
    }

    private final HeaderRules rules;

    HeaderSync(HeaderRules rules) {
        this.rules = rules;
    }

    Served follow(HeaderChain believed, NodeSource source) {
        long claimed = source.claimedHeight();
        long common = commonHeight(believed, source);
        HeaderChain chain = believed.prefix(common);
        long fetched = 0;
        List<SealedHeader> page;
        do {
            long from = chain.height() + 1;
            page = source.headers(from, NodeSource.PAGE);
            for (int i = 0; i < page.size(); i++) {
                SealedHeader header = page.get(i);
                if (header.height() != from + i) {
                    throw new RefusedException(LightRefusal.HEADERS_MALFORMED, "the header page from " + from + " of "
                            + source.name() + " holds height " + header.height() + " at position " + i);
                }
                chain.extend(header, rules, source.name());
            }
            fetched += page.size();
        } while (page.size() == NodeSource.PAGE);
        if (chain.height() < claimed) {
            throw new RefusedException(LightRefusal.HEADERS_TRUNCATED, source.name() + " reports its head at height "
                    + claimed + " but its headers end at " + chain.height());
        }
        return new Served(source, chain, fetched);
    }

    /** The highest height at which the node serves the header {@code believed} holds. */
    private static long commonHeight(HeaderChain believed, NodeSource source) {
        long probe = believed.height();
        long step = 1;
        while (true) {
            List<SealedHeader> one = source.headers(probe, 1);
            if (!one.isEmpty() && one.get(0).height() != probe) {
                throw new RefusedException(LightRefusal.HEADERS_MALFORMED, source.name() + " answered height "
                        + one.get(0).height() + " for height " + probe);
            }
            if (!one.isEmpty() && believed.holds(probe, one.get(0).hash())) {
                return probe;
            }
            if (probe == 0) {
                throw new RefusedException(LightRefusal.GENESIS_MISMATCH, source.name() + " serves "
                        + (one.isEmpty() ? "no genesis" : "genesis " + one.get(0).hash()) + ", the genesis file's is "
                        + believed.at(0).hash());
            }
            probe = Math.max(0, probe - step);
            step *= 2;
        }
    }
}
