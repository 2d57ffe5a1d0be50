package dev.ccoin.node.consensus;

import dev.ccoin.core.block.Block;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Checks blocks ahead of their import, so that the chain thread's serial work (state, storage) on one block
 * overlaps the RSA verifications of the next ones: the header rules first (an unworked or unsigned block costs no
 * transaction verification), then every transaction's state-free rules, signatures included, on the verifier pool.
 * Verified signatures land in {@link VerifiedSignatures}.
 *
 * <p>Nothing here decides validity. The chain thread still runs every rule, in order, when it imports the block;
 * it merely finds the signatures already verified. A failure found ahead is dropped here and found again, with its
 * reason, at import. With one verifier thread there is no other core to overlap with, and {@link #ahead} does
 * nothing: the chain thread verifies as it imports. Thread-safe.
 */
public final class Preverifier {
    private final BlockValidator validator;
    private final Executor executor;
    private final boolean pipelined;

    private Preverifier(BlockValidator validator, Executor executor, boolean pipelined) {
        this.validator = validator;
        this.executor = executor;
        this.pipelined = pipelined;
    }

    /** Checks ahead on {@code executor}, which should be the validator's verifier pool. */
    public static Preverifier pipelined(BlockValidator validator, Executor executor) {
        return new Preverifier(validator, executor, true);
    }

    /** Checks nothing ahead: for a single core. */
    public static Preverifier inline(BlockValidator validator) {
        return new Preverifier(validator, Runnable::run, false);
    }

    /**
     * Starts checking {@code block} and returns at once. The future completes, never exceptionally, when the check
     * is over; importing the block before then is correct, only slower (some signatures are verified twice).
     */
    public CompletableFuture<Void> ahead(Block block) {
        if (!pipelined) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            return CompletableFuture.runAsync(() -> check(block), executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(null); // a stopping pool: the import checks everything
        }
    }

    private void check(Block block) {
        try {
            validator.checkHeader(block);
            validator.checkTransactions(block);
        } catch (InvalidBlockException e) {
            // Reported by the import, which runs the same rules in order.
        }
    }
}
