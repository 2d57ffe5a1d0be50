package dev.ccoin.node.archive;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** Says when a second has passed since the last report, and the rate since the start. Single-threaded. */
final class ProgressClock {
    private static final long INTERVAL = TimeUnit.SECONDS.toNanos(1);

    private final LongSupplier nanoTime;
    private final long start;
    private long lastReport;

    ProgressClock(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.lastReport = start;
    }

    boolean due() {
        long now = nanoTime.getAsLong();
        if (now - lastReport >= INTERVAL) {
            lastReport = now;
            return true;
        }
        return false;
    }

    double rate(long count) {
        long elapsed = Math.max(1, nanoTime.getAsLong() - start);
        return count * 1e9 / elapsed;
    }
}
