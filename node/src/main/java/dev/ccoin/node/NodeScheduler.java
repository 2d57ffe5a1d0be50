package dev.ccoin.node;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one maker of a node's threads, as Besu's {@code EthScheduler}: every executor and thread of the node — the
 * chain thread, the verifier pool, the miner and its nonce-search workers, the P2P admission, puzzle-solving,
 * connection, maintenance, sync and fetch threads, the discovery client, the API's HTTP and event threads — is created
 * here, named {@code ccoin-…}, and handed to the component that runs on it. {@link #stop()} shuts the executors down in the reverse order of
 * their creation — as a node is wired, the API's and the network's before the miner's, then the chain thread, then
 * the verifier pool — and {@link #awaitStop} waits for every executor and every thread it made to end.
 *
 * <p>An executor handed to a single component may be shut down by that component when it closes (the miner, the
 * event stream and the network do, to end their work early); a thread from one of the {@link #threads} factories
 * belongs to the component that started it and ends when that component closes (the nonce search, the admission
 * desk, the connections, the HTTP server), and {@code awaitStop} waits for it. Thread-safe.
 */
public final class NodeScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeScheduler.class);
    /** How long {@link #close} waits for the threads to end. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final List<ExecutorService> executors = new ArrayList<>();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private boolean stopped;

    /** The single chain thread, the owner of block import, fork choice and state. */
    public synchronized ExecutorService chainThread() {
        return track(Executors.newSingleThreadExecutor(named("ccoin-chain", false)));
    }

    /** The pool that verifies block signatures ahead of import and inside validation. */
    public synchronized ForkJoinPool verifierPool(int parallelism) {
        AtomicInteger count = new AtomicInteger();
        ForkJoinPool.ForkJoinWorkerThreadFactory factory = pool -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            thread.setName("ccoin-verify-" + count.getAndIncrement());
            return thread;
        };
        return track(new ForkJoinPool(parallelism, factory, null, false));
    }

    /** The miner thread: a single-threaded scheduler that drops its pending wake-ups when shut down. */
    public synchronized ScheduledExecutorService minerThread() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, named("ccoin-miner", true));
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return track(executor);
    }

    /** A single-threaded scheduler for the work of one component, its thread called {@code name}. */
    public synchronized ScheduledExecutorService scheduler(String name) {
        return track(Executors.newSingleThreadScheduledExecutor(named(name, true)));
    }

    /**
     * A factory of daemon threads called {@code prefix-0}, {@code prefix-1}, … (the component may rename them), for
     * components that start and end their own threads; {@link #awaitStop} waits for them too.
     */
    public ThreadFactory threads(String prefix) {
        checkRunning();
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(() -> {
                try {
                    runnable.run();
                } finally {
                    threads.remove(Thread.currentThread());
                }
            }, prefix + "-" + count.getAndIncrement());
            thread.setDaemon(true);
            threads.add(thread);
            return thread;
        };
    }

    /** Shuts every executor down, the last created first; no new executor is made after. Idempotent. */
    public void stop() {
        List<ExecutorService> all;
        synchronized (this) {
            stopped = true;
            all = List.copyOf(executors);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).shutdown();
        }
    }

    /**
     * Waits up to {@code timeout} in all for the executors (after {@link #stop()}) and the factories' threads to end;
     * an executor still busy at the deadline is interrupted.
     *
     * @return whether every thread ended in time
     */
    public boolean awaitStop(Duration timeout) {
        List<ExecutorService> all;
        synchronized (this) {
            all = List.copyOf(executors);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean ended = true;
        try {
            for (int i = all.size() - 1; i >= 0; i--) {
                ExecutorService executor = all.get(i);
                if (!executor.awaitTermination(remaining(deadline), TimeUnit.NANOSECONDS)) {
                    executor.shutdownNow();
                    ended = false;
                }
            }
            for (Thread thread : List.copyOf(threads)) {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining(deadline))));
                ended &= !thread.isAlive();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            all.forEach(ExecutorService::shutdownNow);
            return false;
        }
        if (!ended) {
            LOG.warn("node threads still running {} after stop: {}", timeout,
                    threads.stream().filter(Thread::isAlive).map(Thread::getName).toList());
        }
        return ended;
    }

    /** {@link #stop()}, then {@link #awaitStop} for up to ten seconds. */
    @Override
    public void close() {
        stop();
        awaitStop(CLOSE_WAIT);
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private synchronized void checkRunning() {
        if (stopped) {
            throw new IllegalStateException("the node's scheduler is stopped");
        }
    }

    private <T extends ExecutorService> T track(T executor) {
        if (stopped) {
            executor.shutdown();
        }
        checkRunning();
        executors.add(executor);
        return executor;
    }

    private static ThreadFactory named(String name, boolean daemon) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, count.getAndIncrement() == 0 ? name : name + "-" + count.get());
            thread.setDaemon(daemon);
            return thread;
        };
    }
}
