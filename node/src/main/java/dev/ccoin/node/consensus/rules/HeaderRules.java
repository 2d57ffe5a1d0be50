package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.consensus.ParentContext;
import dev.ccoin.node.consensus.Schedule;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The block validity rules of protocol §4 that need no state (rules 1–6), listed once for both their users and run
 * cheapest first: the rules over the sealed block itself, then the rules against its parent. {@link BlockValidator}
 * holds them {@linkplain #forBlocks for whole blocks}; a light client holds them {@linkplain #forHeaders for sealed
 * headers} (§10.1), which leaves out only what needs the transactions — their count and the block's encoded size —
 * so a header it accepts is one a full node would accept before looking at the block's body. Failures are
 * {@link InvalidBlockException}s with the rule's {@link BlockReason}. Immutable and thread-safe.
 */
public final class HeaderRules {
    /** How much of a block the rules are given. */
    private enum Extent { SEALED_HEADER, WHOLE_BLOCK }

    private final List<BlockRule> sealRules;
    private final List<ParentRule> parentRules;

    private HeaderRules(ChainParams params, Clock clock, Extent extent) {
        ChainParams.BlockMining mining = params.mining();
        List<BlockRule> seal = new ArrayList<>();
        seal.add(new VersionRule());
        seal.add(new NetworkRule(params.networkId()));
        seal.add(new DataSizeRule());
        if (extent == Extent.WHOLE_BLOCK) {
            seal.add(new TransactionCountRule(mining.maxBound()));
        }
        seal.add(new DifficultyRule(mining.difficulty()));
        seal.add(new ProofOfWorkRule());
        if (extent == Extent.WHOLE_BLOCK) {
            // After the proof of work: an unworked block costs no encoding.
            seal.add(new BlockSizeRule(mining.maxBlockBytes()));
        }
        seal.add(new AuthorityRule(params));
        seal.add(new MinerKeyRule());
        seal.add(new SignatureRule());
        this.sealRules = List.copyOf(seal);
        this.parentRules = List.of(
                new ParentLinkRule(),
                new HeightRule(),
                new TimestampAfterParentRule(),
                new FutureTimestampRule(clock),
                new RecencyRule(new Schedule(params)));
    }

    /** The rules for a sealed header without its transactions. @param clock the local clock, for rule 5 */
    public static HeaderRules forHeaders(ChainParams params, Clock clock) {
        return new HeaderRules(params, clock, Extent.SEALED_HEADER);
    }

    /** The rules for a whole block, its transaction count and encoded size included. */
    static HeaderRules forBlocks(ChainParams params, Clock clock) {
        return new HeaderRules(params, clock, Extent.WHOLE_BLOCK);
    }

    /** Rules 1–6 on {@code header} on top of {@code parent}: the header's own rules first. */
    public void check(SealedHeader header, ParentContext parent) {
        checkSeal(header.asBlock());
        checkAgainstParent(header.asBlock(), parent);
    }

    /** Rules 1–3: what needs only the block. */
    void checkSeal(Block block) {
        sealRules.forEach(rule -> rule.check(block));
    }

    /** Rules 4–6: what needs the parent. */
    void checkAgainstParent(Block block, ParentContext parent) {
        parentRules.forEach(rule -> rule.check(block, parent));
    }

    List<BlockRule> sealRules() {
        return sealRules;
    }

    List<ParentRule> parentRules() {
        return parentRules;
    }
}
