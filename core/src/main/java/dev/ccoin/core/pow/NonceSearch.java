package dev.ccoin.core.pow;

import dev.ccoin.core.types.Hash32;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The multi-threaded hashcash search of block seals (protocol §6). Owns {@code threads} worker threads (its own, or made by
 * a node's thread factory) that sleep until {@link #start} hands them a search; they then claim disjoint chunks of
 * consecutive nonces from 0 upward until one of them finds a nonce or the search is cancelled. One search runs at a
 * time: starting another cancels the previous one, which is what a miner wants when the head changes. {@link #close()}
 * cancels and stops the threads. Thread-safe; the workers own their {@link NonceHasher}s, the caller owns nothing but
 * the handles.
 */
public final class NonceSearch implements AutoCloseable {
    private final HashEngine engine;
    private final LongSupplier nanoTime;
    private final List<Thread> workers = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final LongAdder totalHashes = new LongAdder();
    private SearchHandle current;
    private long generation;
    private boolean closed;

    /**
     * @param threads  worker threads, at least 1, named {@code ccoin-pow-0}, {@code ccoin-pow-1}, …
     * @param engine   how trials are hashed; must be {@link HashEngine#isAvailable() available}
     * @param nanoTime the monotonic clock of the hash-rate counters ({@code System::nanoTime} in production)
     */
    public NonceSearch(int threads, HashEngine engine, LongSupplier nanoTime) {
        this(threads, engine, nanoTime, new WorkerThreads());
    }

    /**
     * As {@link #NonceSearch(int, HashEngine, LongSupplier)}, the workers made by {@code factory} (a node passes the
     * factory of its scheduler, which names and counts its threads). The search still owns them: it starts them now
     * and ends them in {@link #close()}.
     */
    public NonceSearch(int threads, HashEngine engine, LongSupplier nanoTime, ThreadFactory factory) {
        if (threads < 1) {
            throw new IllegalArgumentException("a nonce search needs at least one thread, got " + threads);
        }
        engine.unavailableReason().ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        this.engine = engine;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        for (int i = 0; i < threads; i++) {
            workers.add(factory.newThread(this::runWorker));
        }
        workers.forEach(Thread::start);
    }

    /** One worker per available processor, the fastest engine, the system clock. */
    public static NonceSearch create() {
        return withThreads(Runtime.getRuntime().availableProcessors());
    }

    /** {@code threads} workers, the fastest engine, the system clock. */
    public static NonceSearch withThreads(int threads) {
        return new NonceSearch(threads, HashEngine.fastest(), System::nanoTime);
    }

    /**
     * Starts searching for a nonce giving {@code H(prefix || be64(nonce))} at least {@code bits} leading zero bits,
     * cancelling any search still running.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public SearchHandle start(Hash32 prefix, int bits) {
        Objects.requireNonNull(prefix, "prefix");
        Hashcash.checkBits(bits);
        SearchHandle handle = new SearchHandle(prefix, bits, nanoTime, totalHashes, 0);
        SearchHandle previous;
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("nonce search is closed");
            }
            previous = current;
            current = handle;
            generation++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (previous != null) {
            previous.cancel();
        }
        return handle;
    }

    public int threads() {
        return workers.size();
    }

    public HashEngine engine() {
        return engine;
    }

    /** The engine's name, for status output and {@code ccoin bench pow}. */
    public String engineName() {
        return engine.displayName();
    }

    /** Trials done by all searches since this one was created; a monotonic counter for metrics. */
    public long totalHashes() {
        return totalHashes.sum();
    }

    /** The hash rate of the running search, or of the last one; 0 before the first. */
    public double hashRate() {
        lock.lock();
        try {
            return current == null ? 0 : current.hashRate();
        } finally {
            lock.unlock();
        }
    }

    /** Cancels the running search and stops the workers, waiting for them to end. Idempotent. */
    @Override
    public void close() {
        SearchHandle last;
        lock.lock();
        try {
            closed = true;
            last = current;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (last != null) {
            last.cancel();
        }
        boolean interrupted = false;
        for (Thread worker : workers) {
            while (worker.isAlive() && worker != Thread.currentThread()) {
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void runWorker() {
        NonceHasher hasher = engine.newHasher();
        long seen = 0;
        while (true) {
            SearchHandle next;
            lock.lock();
            try {
                while (!closed && generation == seen) {
                    changed.awaitUninterruptibly();
                }
                if (closed) {
                    return;
                }
                seen = generation;
                next = current;
            } finally {
                lock.unlock();
            }
            next.work(hasher);
        }
    }

    /** The workers of a search outside a node: daemon threads {@code ccoin-pow-0}, {@code ccoin-pow-1}, …. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread worker = new Thread(runnable, "ccoin-pow-" + count.getAndIncrement());
            worker.setDaemon(true);
            return worker;
        }
    }
}
