package dev.ccoin.cli.bench;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded closed-loop HTTP load: {@code connections} threads each send one {@code GET} after another to the same
 * path over their own kept-alive {@link Http1Connection} and time each answer, until
 * {@code seconds} have passed or {@code maxRequests} have been sent, whichever comes first. Each thread is started
 * and joined by {@link #run}; the result is immutable.
 */
final class GetLoad {
    /** What a load run measured: requests answered 200, the others, the time, and the latency spread. */
    record Result(String label, long ok, long errors, double seconds, Percentiles latency) {
        double perSecond() {
            return seconds <= 0 ? 0 : ok / seconds;
        }

        String line() {
            return String.format(Locale.ROOT, "%-24s %8d requests in %.2f s: %7.0f req/s; %s; %d errors", label, ok,
                    seconds, perSecond(), latency.millis(), errors);
        }
    }

    private final URI base;
    private final int connections;
    private final long maxRequests;

    GetLoad(URI base, int connections, long maxRequests) {
        this.base = base;
        this.connections = connections;
        this.maxRequests = maxRequests;
    }

    /** Loads {@code path} (e.g. {@code /api/v1/blocks/latest}) for {@code seconds}. */
    Result run(String label, String path, double seconds) throws InterruptedException {
        long perThread = Math.max(1, maxRequests / connections);
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[connections];
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < connections; t++) {
            long[] mine = new long[(int) Math.min(perThread, Integer.MAX_VALUE - 8)];
            latencies.add(mine);
            int index = t;
            Thread thread = new Thread(() -> counts[index] = loop(path, mine, deadline, errors), "ccoin-bench-get");
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < connections; t++) {
            System.arraycopy(latencies.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        return new Result(label, total, errors.get(), elapsed, Percentiles.of(all, total));
    }

    /** Sends until the deadline or the array is full; returns how many answered 200, their latencies in front. */
    private int loop(String path, long[] latencies, long deadline, AtomicLong errors) {
        int ok = 0;
        long sent = 0;
        try (Http1Connection connection = new Http1Connection(base)) {
            byte[] request = connection.get(path);
            while (ok < latencies.length && sent < latencies.length * 2L && System.nanoTime() < deadline) {
                long start = System.nanoTime();
                sent++;
                try {
                    if (connection.send(request).status() == 200) {
                        latencies[ok++] = System.nanoTime() - start;
                    } else {
                        errors.incrementAndGet();
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                }
            }
        }
        return ok;
    }
}
