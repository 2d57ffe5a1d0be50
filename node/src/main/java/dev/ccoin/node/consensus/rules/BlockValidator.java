package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.merkle.NodeStore;
import dev.ccoin.core.tx.TransactionRules;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.consensus.BlockExecution;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.consensus.ParentContext;
import dev.ccoin.node.consensus.Preverifier;
import dev.ccoin.node.consensus.Schedule;
import dev.ccoin.node.consensus.StateTransition;
import dev.ccoin.node.consensus.VerifiedSignatures;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The block validity rules of protocol §4, assembled in one place and run cheapest first, in three stages:
 *
 * <ol>
 *   <li>{@link #checkHeader} needs nothing but the block: version, network, data and transaction count; the
 *       claimed difficulty and the proof of work (its hash was computed at decoding), so an unworked block costs a
 *       node neither an encoding nor an RSA verification; the encoded size; the miner's authority, key and
 *       signature. A block that passes was sealed by an authority, whatever its parent.
 *   <li>{@link #checkAgainstParent} needs the parent: its hash, height and timestamp, the local clock, and the
 *       miners before it for the recency rule.
 *   <li>{@link #execute} needs the parent's state: empty blocks, the txRoot, every transaction (state-free checks
 *       in parallel, then applied in order), the reward and the stateRoot. It returns the new state without
 *       writing it.
 * </ol>
 *
 * {@link #validate} runs the three in order and is the chain's import path; a block whose parent is unknown gets
 * {@link #checkHeader} alone before it waits as an orphan, and {@link #checkAhead} runs the stateless part on the
 * verifier pool before an import ({@link Preverifier}). Every failure is an
 * {@link InvalidBlockException} with its {@link BlockReason}; nothing here logs. Not for the genesis block, which a
 * node checks by its hash. Thread-safe: the rules are immutable, the clock, the signature cache and the executor are
 * shared safely.
 */
public final class BlockValidator {
    private final HeaderRules headerRules;
    private final List<BlockRule> bodyRules;
    private final StatelessTransactionsRule transactionsRule;
    private final StateTransition transition;

    /**
     * @param clock the local clock, for the future-timestamp rule
     * @param executor runs the parallel signature checks; the calling thread always takes part
     * @param parallelism how many threads at most check one block's transactions, the caller included
     * @param verified signatures known to verify, shared with the transaction pool
     */
    public BlockValidator(ChainParams params, Clock clock, Executor executor, int parallelism,
            VerifiedSignatures verified) {
        this.headerRules = HeaderRules.forBlocks(params, clock);
        this.transactionsRule = new StatelessTransactionsRule(new TransactionRules(params), verified, executor,
                parallelism);
        this.bodyRules = List.of(
                new EmptyBlockRule(params.mining().allowEmpty()),
                new TxRootRule(),
                transactionsRule);
        this.transition = new StateTransition(params);
    }

    /** Verifies transactions on {@code pool}, with as many threads as it has. */
    public BlockValidator(ChainParams params, Clock clock, ForkJoinPool pool, VerifiedSignatures verified) {
        this(params, clock, pool, pool.getParallelism(), verified);
    }

    /** Stage 1: the rules that need only the block (spec rules 1–3). */
    public void checkHeader(Block block) {
        headerRules.checkSeal(block);
    }

    /**
     * Stage 2: the rules that need the parent (spec rules 4–6). A caller that does not know the parent at all
     * throws {@link BlockReason#UNKNOWN_PARENT} itself, e.g. with {@link InvalidBlockException#of}.
     */
    public void checkAgainstParent(Block block, ParentContext parent) {
        headerRules.checkAgainstParent(block, parent);
    }

    /**
     * Stage 3: the rules that need the parent's state (spec rules 7–8). Reads the parent's state from {@code store}
     * and writes nothing to it: the new nodes come back in the result.
     */
    public BlockExecution execute(Block block, Hash32 parentStateRoot, NodeStore store) {
        bodyRules.forEach(rule -> rule.check(block));
        return transition.execute(block, parentStateRoot, store);
    }

    /**
     * Stage 1 and the state-free transaction rules of stage 3, signatures included, for checking a block ahead of
     * its import; what verifies is remembered in the signature cache.
     */
    public void checkAhead(Block block) {
        checkHeader(block);
        transactionsRule.check(block);
    }

    /**
     * All three stages, for a block whose parent and parent state are at hand: the import path. Reads the parent's
     * state from {@code store} and returns the new state without writing it.
     */
    public BlockExecution validate(Block block, ParentContext parent, NodeStore store) {
        checkHeader(block);
        checkAgainstParent(block, parent);
        return execute(block, parent.stateRoot(), store);
    }

    List<BlockRule> headerRules() {
        return headerRules.sealRules();
    }

    List<ParentRule> parentRules() {
        return headerRules.parentRules();
    }

    List<BlockRule> bodyRules() {
        return bodyRules;
    }
}
