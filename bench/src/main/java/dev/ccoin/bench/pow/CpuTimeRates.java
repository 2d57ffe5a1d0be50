package dev.ccoin.bench.pow;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.pow.HashEngine;
import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.pow.NonceSearch;
import dev.ccoin.core.pow.SearchHandle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The nonce search's hash rate per second of wall time and per second of worker CPU time, over repeated windows of
 * one endless search. {@code openssl speed} divides by its user CPU time unless given {@code -elapsed}, so the CPU
 * figure is the like-for-like comparison with it, and it stays meaningful when other processes share the cores;
 * the wall figure is what a miner gets on this machine at this moment. Runs in the calling JVM, which needs the
 * add-opens flag for the intrinsic engine. Used by {@link PowRates}; one thread.
 */
final class CpuTimeRates {
    private static final String WORKER_PREFIX = "ccoin-pow-";

    private final ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();

    /** A line {@code cpu threads=T wall=... cpu=... engine=E n=N} of medians for {@code threads} workers. */
    String measure(HashEngine engine, int threads, int windows, int seconds) throws Exception {
        try (NonceSearch search = new NonceSearch(threads, engine, System::nanoTime)) {
            SearchHandle handle = search.start(Sha256.hash(new byte[] {(byte) threads}), Hashcash.MAX_BITS);
            List<Long> workers = workerIds(threads);
            window(handle, workers, 3 * seconds);
            List<Double> wall = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int i = 0; i < windows; i++) {
                double[] rates = window(handle, workers, seconds);
                wall.add(rates[0]);
                cpu.add(rates[1]);
            }
            handle.cancel();
            return String.format(Locale.ROOT, "cpu threads=%d wall=%.0f cpu=%.0f engine=%s n=%d",
                    threads, median(wall), median(cpu), search.engine(), windows);
        }
    }

    /** {hashes per wall second, hashes per worker CPU second} over one window. */
    private double[] window(SearchHandle handle, List<Long> workers, int seconds) throws Exception {
        long hashes = handle.hashes();
        long cpu = cpuNanos(workers);
        long wall = System.nanoTime();
        try {
            handle.result().get(seconds, TimeUnit.SECONDS);
            throw new IllegalStateException("an endless search ended");
        } catch (TimeoutException expected) {
            long doneHashes = handle.hashes() - hashes;
            return new double[] {
                doneHashes * 1e9 / (System.nanoTime() - wall), doneHashes * 1e9 / (cpuNanos(workers) - cpu),
            };
        }
    }

    private long cpuNanos(List<Long> workers) {
        long total = 0;
        for (long id : workers) {
            total += threadBean.getThreadCpuTime(id);
        }
        return total;
    }

    private static List<Long> workerIds(int threads) {
        List<Long> ids = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith(WORKER_PREFIX) && thread.isAlive()) {
                ids.add(thread.getId());
            }
        }
        if (ids.size() != threads) {
            throw new IllegalStateException("expected " + threads + " search workers, found " + ids.size());
        }
        return ids;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
