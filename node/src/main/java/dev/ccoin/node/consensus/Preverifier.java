package dev.ccoin.node.consensus;

import dev.ccoin.core.block.Block;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Checks blocks ahead of their import, so that the chain thread's serial work (state, storage) on one block
 * overlaps the RSA verifications of the next ones: the header rules first (an unworked or unsigned block costs no
 * transaction verification), then every transaction's state-free rules, signatures included, on the verifier pool.
 * Verified signatures land in {@link VerifiedSignatures}. The checks come from the block rules
 * ({@code BlockValidator::checkAhead} in {@code consensus.rules}), handed in as a {@link Check}.
 *
 * <p>Nothing here decides validity. The chain thread still runs every rule, in order, when it imports the block;
 * it merely finds the signatures already verified. A failure found ahead is dropped here and found again, with its
 * reason, at import. With one verifier thread there is no other core to overlap with, and {@link #ahead} does
 * nothing: the chain thread verifies as it imports. Thread-safe.
 */
public final class Preverifier {
    /** The checks run ahead of an import; a failure throws and is dropped. Thread-safe. */
    @FunctionalInterface
    public interface Check {
        void run(Block block);
    }

    private final Check check;
    /** Null when nothing is checked ahead. */
    private final Executor executor;

    private Preverifier(Check check, Executor executor) {
        this.check = check;
        this.executor = executor;
    }

    /** Runs {@code check} ahead on {@code executor}, which should be the validator's verifier pool. */
    public static Preverifier pipelined(Check check, Executor executor) {
        return new Preverifier(check, executor);
    }

    /** Checks nothing ahead: for a single core, where the import verifies as it goes. */
    public static Preverifier inline() {
        return new Preverifier(null, null);
    }

    /**
     * Starts checking {@code block} and returns at once. The future completes, never exceptionally, when the check
     * is over; importing the block before then is correct, only slower (some signatures are verified twice).
     */
    public CompletableFuture<Void> ahead(Block block) {
        if (executor == null) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            return CompletableFuture.runAsync(() -> checkQuietly(block), executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(null); // a stopping pool: the import checks everything
        }
    }

    private void checkQuietly(Block block) {
        try {
            check.run(block);
        } catch (RuntimeException e) {
            // An invalid block, or an interrupted check: the import runs the same rules in order and reports it.
        }
    }
}
