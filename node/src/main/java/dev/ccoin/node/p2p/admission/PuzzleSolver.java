package dev.ccoin.node.p2p.admission;

import dev.ccoin.core.pow.HashEngine;
import dev.ccoin.core.pow.NonceHasher;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.framing.ProtocolViolationException;
import dev.ccoin.node.p2p.messages.Puzzle;
import dev.ccoin.node.p2p.messages.Solution;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The initiator's side of admission (protocol §8 step 1): solves a {@code PUZ} with the hashcash search of blocks and
 * stamps (one SHA-256 compression per trial, the fastest {@link HashEngine}) on the solver executor, never on the
 * connection's own thread, and refuses a puzzle above {@code maxSolveBits}. The caller waits at most the answer
 * window; a search still running then stops at its next check. Counts the puzzles solved and the time they took.
 * Thread-safe; the executor runs one search at a time.
 */
public final class PuzzleSolver {
    private static final Logger LOG = LoggerFactory.getLogger(PuzzleSolver.class);
    /** Trials between looks at the deadline. */
    private static final int CHECK_EVERY = 1 << 16;

    private final ExecutorService executor;
    private final int maxSolveBits;
    private final LongAdder solvedCount = new LongAdder();
    private final LongAdder solveNanos = new LongAdder();

    public PuzzleSolver(ExecutorService executor, int maxSolveBits) {
        if (maxSolveBits < 0 || maxSolveBits > 256) {
            throw new IllegalArgumentException("max solve bits must be 0..256, got " + maxSolveBits);
        }
        this.executor = executor;
        this.maxSolveBits = maxSolveBits;
    }

    /**
     * The answer to {@code puzzle}; blocks the caller at most {@code waitMillis}.
     *
     * @throws ProtocolViolationException {@link DisconnectReason#UNSUPPORTED_VERSION} for a puzzle version this node
     *                                    does not know, {@link DisconnectReason#PUZZLE_TOO_HARD} above
     *                                    {@code max_solve_bits}, {@link DisconnectReason#PUZZLE_UNSOLVED} when no
     *                                    nonce came in time or the node is shutting down
     */
    public Solution solve(Puzzle puzzle, long waitMillis) throws InterruptedException {
        if (puzzle.version() != Puzzle.VERSION) {
            throw new ProtocolViolationException(DisconnectReason.UNSUPPORTED_VERSION,
                    "admission puzzle version " + puzzle.version() + " is not supported");
        }
        if (puzzle.bits() > maxSolveBits) {
            throw new ProtocolViolationException(DisconnectReason.PUZZLE_TOO_HARD,
                    "an admission puzzle of " + puzzle.bits() + " bits is over the limit of " + maxSolveBits);
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        Future<Optional<Solution>> search;
        try {
            search = executor.submit(() -> search(puzzle, deadline));
        } catch (RejectedExecutionException e) {
            throw unsolved(puzzle, "the node is shutting down");
        }
        try {
            return search.get(waitMillis, TimeUnit.MILLISECONDS)
                    .orElseThrow(() -> unsolved(puzzle, "no nonce within " + waitMillis + " ms"));
        } catch (TimeoutException e) {
            search.cancel(true);
            throw unsolved(puzzle, "no nonce within " + waitMillis + " ms");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the puzzle search failed", e.getCause());
        }
    }

    private static ProtocolViolationException unsolved(Puzzle puzzle, String why) {
        return new ProtocolViolationException(DisconnectReason.PUZZLE_UNSOLVED,
                "a " + puzzle.bits() + "-bit admission puzzle: " + why);
    }

    private Optional<Solution> search(Puzzle puzzle, long deadlineNanos) {
        long start = System.nanoTime();
        NonceHasher hasher = HashEngine.fastest().newHasher();
        hasher.setPrefix(puzzle.seed());
        for (long nonce = 0; nonce >= 0; nonce++) {
            if (hasher.meets(nonce, puzzle.bits())) {
                long took = System.nanoTime() - start;
                solvedCount.increment();
                solveNanos.add(took);
                LOG.debug("solved a {}-bit admission puzzle in {} ms ({} trials)", puzzle.bits(),
                        took / 1_000_000.0, nonce + 1);
                return Optional.of(new Solution(puzzle.seed(), nonce));
            }
            if ((nonce & (CHECK_EVERY - 1)) == 0 && (System.nanoTime() > deadlineNanos
                    || Thread.currentThread().isInterrupted())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public long solvedCount() {
        return solvedCount.sum();
    }

    public double solveSeconds() {
        return solveNanos.sum() / 1e9;
    }
}
