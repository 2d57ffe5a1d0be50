package dev.ccoin.core.pow;

import dev.ccoin.core.types.Hash32;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * One running nonce search of a {@link NonceSearch}: its result, its cancellation and its counters.
 *
 * <p>{@link #result()} completes with a nonce meeting the difficulty (already checked against MessageDigest); with a
 * {@link java.util.concurrent.CancellationException} after {@link #cancel()} or when the owning search starts another
 * search or closes; or, never in practice, with a {@link NoSuchElementException} when all nonces up to {@code 2^63-1}
 * fail. Workers claim chunks of {@value #CHUNK} consecutive nonces in order and check for completion between chunks, so
 * they stop well within 50 ms; {@link #stopped()} completes when the last one has left. Dependents attached to
 * {@link #result()} without an executor run on a worker thread, so slow ones should use the {@code *Async} forms.
 * Thread-safe.
 */
public final class SearchHandle {
    /** Nonces a worker tries between two looks at the completion flag and two counter updates. */
    static final int CHUNK = 1024;
    /** The chunk ending at nonce 2^63-1. */
    static final long LAST_CHUNK = Long.MAX_VALUE / CHUNK;

    private final Hash32 prefix;
    private final int bits;
    private final LongSupplier nanoTime;
    private final long startNanos;
    private final CompletableFuture<Long> result = new CompletableFuture<>();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final AtomicLong nextChunk;
    private final LongAdder hashes = new LongAdder();
    private final LongAdder allHashes;
    private int activeWorkers;
    private boolean stopMarked;
    private volatile long stopNanos;

    /**
     * @param allHashes  the owning search's counter over all its searches, counted along with this one's
     * @param firstChunk the chunk the workers start from: 0, except in tests of the end of the nonce space
     */
    SearchHandle(Hash32 prefix, int bits, LongSupplier nanoTime, LongAdder allHashes, long firstChunk) {
        this.prefix = prefix;
        this.nextChunk = new AtomicLong(firstChunk);
        this.allHashes = allHashes;
        this.bits = bits;
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
        result.whenComplete((nonce, failure) -> {
            if (noWorkerLeft()) {
                markStopped();
            }
        });
    }

    public Hash32 prefix() {
        return prefix;
    }

    public int bits() {
        return bits;
    }

    /** The nonce found; see the class comment for how it completes otherwise. */
    public CompletableFuture<Long> result() {
        return result;
    }

    /** Completes once the search is over and no worker hashes for it any more. */
    public CompletableFuture<Void> stopped() {
        return stopped;
    }

    /** Stops the search; {@link #result()} completes with a CancellationException unless a nonce was found first. */
    public void cancel() {
        result.cancel(false);
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** Trials done so far, counted per chunk. */
    public long hashes() {
        return hashes.sum();
    }

    /** Nanoseconds from the start to now, or to the moment the workers stopped. */
    public long elapsedNanos() {
        return (stopped.isDone() ? stopNanos : nanoTime.getAsLong()) - startNanos;
    }

    /** Trials per second over {@link #elapsedNanos()}; 0 before any time has passed. */
    public double hashRate() {
        long nanos = elapsedNanos();
        return nanos <= 0 ? 0 : hashes() * 1e9 / nanos;
    }

    /** Runs this search on the calling worker thread until it is done. */
    void work(NonceHasher hasher) {
        if (!enter()) {
            return;
        }
        try {
            hasher.setPrefix(prefix);
            while (!result.isDone()) {
                long chunk = nextChunk.getAndIncrement();
                if (chunk > LAST_CHUNK) {
                    result.completeExceptionally(new NoSuchElementException(
                            "no nonce in 0..2^63-1 meets " + bits + " bits for prefix " + prefix));
                    return;
                }
                long first = chunk * CHUNK;
                long nonce = searchChunk(hasher, first, bits);
                if (nonce >= 0) {
                    count(nonce - first + 1);
                    found(nonce);
                    return;
                }
                count(CHUNK);
            }
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        } finally {
            leave();
        }
    }

    /**
     * The first nonce of {@code first .. first + CHUNK - 1} meeting {@code bits}, or -1. A method of its own so that
     * the JIT compiles the hot loop normally rather than by on-stack replacement.
     */
    private static long searchChunk(NonceHasher hasher, long first, int bits) {
        // Counting with an int keeps the last chunk, which ends at 2^63-1, from overflowing the loop variable.
        for (int i = 0; i < CHUNK; i++) {
            if (hasher.meets(first + i, bits)) {
                return first + i;
            }
        }
        return -1;
    }

    private void count(long trials) {
        hashes.add(trials);
        allHashes.add(trials);
    }

    private void found(long nonce) {
        if (Hashcash.meets(prefix, nonce, bits)) {
            result.complete(nonce);
        } else {
            result.completeExceptionally(new IllegalStateException(
                    "hash engine disagrees with MessageDigest at nonce " + nonce + " of prefix " + prefix));
        }
    }

    private synchronized boolean enter() {
        if (result.isDone()) {
            return false;
        }
        activeWorkers++;
        return true;
    }

    private void leave() {
        boolean last;
        synchronized (this) {
            activeWorkers--;
            last = activeWorkers == 0 && result.isDone();
        }
        if (last) {
            markStopped();
        }
    }

    private synchronized boolean noWorkerLeft() {
        return activeWorkers == 0;
    }

    /** Called once, by whoever sees the search over with no worker inside. */
    private void markStopped() {
        synchronized (this) {
            if (stopMarked) {
                return;
            }
            stopMarked = true;
            stopNanos = nanoTime.getAsLong();
        }
        stopped.complete(null);
    }
}
