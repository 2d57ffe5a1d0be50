package dev.ccoin.node.consensus;

import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.chain.ChainParams;
import java.time.Clock;
import java.util.List;

/**
 * The block validity rules of spec §4 that a header with its seal can be held to, without its transactions (rules
 * 1–6 with the size and transaction-count rules aside, §10.1): the same rule classes, in the same order, as
 * {@link BlockValidator}'s header and parent stages. A light client runs them on every header it is served, so a
 * header it accepts is one a full node would accept before looking at the block's body. Failures are
 * {@link InvalidBlockException}s with the rule's {@link BlockReason}. Immutable and thread-safe.
 */
public final class HeaderRules {
    private final List<BlockRule> detached;
    private final List<ParentRule> attached;

    /** @param clock the local clock, for the future-timestamp rule */
    public HeaderRules(ChainParams params, Clock clock) {
        this.detached = List.of(
                new VersionRule(),
                new NetworkRule(params.networkId()),
                new DataSizeRule(),
                new DifficultyRule(params.mining().difficulty()),
                new ProofOfWorkRule(),
                new AuthorityRule(params),
                new MinerKeyRule(),
                new SignatureRule());
        this.attached = List.of(
                new ParentLinkRule(),
                new HeightRule(),
                new TimestampAfterParentRule(),
                new FutureTimestampRule(clock),
                new RecencyRule(new Schedule(params)));
    }

    /** Rules 1–6 on {@code header} on top of {@code parent}: the header's own rules first, the cheapest first. */
    public void check(SealedHeader header, ParentContext parent) {
        detached.forEach(rule -> rule.check(header.asBlock()));
        attached.forEach(rule -> rule.check(header.asBlock(), parent));
    }

    List<BlockRule> detachedRules() {
        return detached;
    }

    List<ParentRule> attachedRules() {
        return attached;
    }
}
