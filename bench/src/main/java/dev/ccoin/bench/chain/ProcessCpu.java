package dev.ccoin.bench.chain;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * The CPU time of this whole process — every thread, LevelDB's native compaction threads and the JVM's own
 * included — and a wait for the process to go idle, so a timed slice does not pay for background work left over
 * from the one before. Thread-safe.
 */
final class ProcessCpu {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final long PERIOD_MS = 100;
    /** Idle: under 5 % of one core over {@link #PERIOD_MS}. */
    private static final long IDLE_NANOS = PERIOD_MS * 1_000_000 / 20;

    private ProcessCpu() {
    }

    static long nanos() {
        return OS.getProcessCpuTime();
    }

    /** Waits until one period passes with the process (the caller sleeping) idle; false if {@code timeout} came first. */
    static boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long before = nanos();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            long now = nanos();
            if (now - before < IDLE_NANOS) {
                return true;
            }
            before = now;
        }
        return false;
    }
}
