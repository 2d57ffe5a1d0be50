package dev.ccoin.node.mining;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.pow.SearchHandle;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;

/**
 * One candidate being sealed: the signed candidate's running nonce search, and the block it becomes.
 * {@link #block()} completes with the sealed block when a nonce is found, or exceptionally (a
 * {@link java.util.concurrent.CancellationException}, possibly wrapped in a
 * {@link java.util.concurrent.CompletionException}) once the search is cancelled — by {@link #cancel()}, or by
 * another search starting on the same {@link dev.ccoin.core.pow.NonceSearch}. Thread-safe.
 */
public final class Sealing {
    private final Candidate candidate;
    private final SearchHandle search;
    private final CompletableFuture<Block> block;

    Sealing(Candidate candidate, SearchHandle search, LongFunction<Block> seal) {
        this.candidate = candidate;
        this.search = search;
        this.block = search.result().thenApply(seal::apply);
    }

    public Candidate candidate() {
        return candidate;
    }

    /** The sealed block; see the class comment for how it completes otherwise. */
    public CompletableFuture<Block> block() {
        return block;
    }

    /** Stops the nonce search; the workers leave it within one chunk of nonces. */
    public void cancel() {
        search.cancel();
    }

    /** True until the search is over and no worker hashes for it any more. */
    public boolean isSearching() {
        return !search.stopped().isDone();
    }

    /** Completes once no worker hashes for this search any more. */
    public CompletableFuture<Void> stopped() {
        return search.stopped();
    }

    public double hashRate() {
        return search.hashRate();
    }
}
