package dev.ccoin.node;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates the node's named executors and stops them all, in reverse order of creation. The chain executor is the
 * chain thread: the one owner of block import, fork choice and state. Thread-safe.
 */
public final class NodeScheduler {
    private final List<ExecutorService> executors = new ArrayList<>();

    /** The single chain thread. */
    public synchronized ExecutorService chainThread() {
        return track(Executors.newSingleThreadExecutor(named("ccoin-chain", false)));
    }

    /** A single-threaded scheduler for periodic work of one component. */
    public synchronized ScheduledExecutorService scheduler(String name) {
        return track(Executors.newSingleThreadScheduledExecutor(named(name, true)));
    }

    /** Stops every executor and waits up to {@code timeoutMillis} in all for them to end. */
    public void stop(long timeoutMillis) {
        List<ExecutorService> all;
        synchronized (this) {
            all = new ArrayList<>(executors);
            executors.clear();
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).shutdown();
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        for (int i = all.size() - 1; i >= 0; i--) {
            try {
                if (!all.get(i).awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    all.get(i).shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                all.get(i).shutdownNow();
            }
        }
    }

    private <T extends ExecutorService> T track(T executor) {
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
