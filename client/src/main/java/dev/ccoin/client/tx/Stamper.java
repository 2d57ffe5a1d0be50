package dev.ccoin.client.tx;

import dev.ccoin.core.pow.NonceSearch;
import dev.ccoin.core.pow.SearchHandle;
import dev.ccoin.core.types.Hash32;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

/**
 * Finds transaction stamps (protocol §3: {@code lzb(H(txHash || be64(workNonce))) >= work_bits}) on the miner's
 * hashcash search ({@link NonceSearch}), one worker per processor unless told otherwise. Owns the search's threads
 * until {@link #close()}. Thread-safe; stamps are found one at a time, each on all workers.
 */
public final class Stamper implements AutoCloseable {
    private final NonceSearch search;

    private Stamper(NonceSearch search) {
        this.search = search;
    }

    /** A stamper with one worker per available processor. */
    public static Stamper onAllCores() {
        return new Stamper(NonceSearch.create());
    }

    /** A stamper with {@code threads} workers. */
    public static Stamper withThreads(int threads) {
        return new Stamper(NonceSearch.withThreads(threads));
    }

    public int threads() {
        return search.threads();
    }

    /** A work nonce that gives {@code txHash} at least {@code bits} leading zero bits. */
    public synchronized long stamp(Hash32 txHash, int bits) {
        SearchHandle handle = search.start(txHash, bits);
        try {
            return handle.result().get();
        } catch (InterruptedException e) {
            handle.cancel();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while stamping " + txHash);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the stamp search of " + txHash + " failed", e.getCause());
        }
    }

    /** Stops the workers. */
    @Override
    public void close() {
        search.close();
    }
}
