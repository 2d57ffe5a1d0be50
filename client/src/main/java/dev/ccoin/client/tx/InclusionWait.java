package dev.ccoin.client.tx;

import dev.ccoin.client.api.NodeClient;
import dev.ccoin.client.model.TransactionInfo;
import dev.ccoin.core.types.Hash32;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Waits until a canonical block includes a transaction, asking the node ({@code GET /transactions/{hash}}) every
 * {@code poll} until a deadline: a {@link Receipt}, or an {@link InclusionException} saying why not
 * ({@link InclusionFailure#DROPPED} when the node no longer holds it, {@link InclusionFailure#TIMED_OUT}). The
 * calling thread waits; an interrupt ends the wait with a {@link CancellationException}. Thread-safe.
 */
public final class InclusionWait {
    /** How often the node is asked when nothing else is said. */
    public static final Duration DEFAULT_POLL = Duration.ofMillis(250);

    private final NodeClient client;
    private final Duration poll;

    private InclusionWait(NodeClient client, Duration poll) {
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("the poll interval must be positive, not " + poll);
        }
        this.client = client;
        this.poll = poll;
    }

    public static InclusionWait of(NodeClient client) {
        return new InclusionWait(client, DEFAULT_POLL);
    }

    public static InclusionWait of(NodeClient client, Duration poll) {
        return new InclusionWait(client, poll);
    }

    /** The receipt of {@code transaction} once included, waiting at most {@code timeout}. */
    public Receipt until(Hash32 transaction, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<TransactionInfo> seen = client.findTransaction(transaction);
            if (seen.isEmpty()) {
                throw new InclusionException(InclusionFailure.DROPPED, transaction, "the node no longer has "
                        + "transaction " + transaction + " (dropped from its pool); send it again");
            }
            if (seen.get().isIncluded()) {
                return Receipt.of(seen.get());
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new InclusionException(InclusionFailure.TIMED_OUT, transaction, "transaction " + transaction
                        + " is still " + seen.get().status() + " after " + timeout.toSeconds() + " s");
            }
            pause(Math.min(left, poll.toNanos()), transaction);
        }
    }

    private static void pause(long nanos, Hash32 transaction) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for " + transaction);
        }
    }
}
