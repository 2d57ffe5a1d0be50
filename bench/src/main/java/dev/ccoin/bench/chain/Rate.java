package dev.ccoin.bench.chain;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.LongSupplier;

/**
 * A count of operations and the time they took: wall-clock, and CPU time — of the thread that timed them, or of
 * the whole process. The CPU rate hardly moves when other processes load the machine, so it is the check on a
 * wall-clock figure taken on a busy machine; it leaves out waits (fsync), so it is never the figure itself.
 * Immutable.
 */
record Rate(long count, long wallNanos, long cpuNanos) {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    double perSecond() {
        return count * 1e9 / wallNanos;
    }

    double perCpuSecond() {
        return count * 1e9 / cpuNanos;
    }

    /** Starts timing, with the calling thread's CPU time. */
    static Stopwatch start() {
        return new Stopwatch(System.nanoTime(), THREADS::getCurrentThreadCpuTime);
    }

    /** Starts timing, with the CPU time of every thread of the process (LevelDB's and the JVM's included). */
    static Stopwatch startProcess() {
        return new Stopwatch(System.nanoTime(), ProcessCpu::nanos);
    }

    /** A running measurement; stop it on the thread that started it. */
    static final class Stopwatch {
        private final long wallStart;
        private final LongSupplier cpuClock;
        private final long cpuStart;

        private Stopwatch(long wallStart, LongSupplier cpuClock) {
            this.wallStart = wallStart;
            this.cpuClock = cpuClock;
            this.cpuStart = cpuClock.getAsLong();
        }

        Rate stop(long count) {
            return new Rate(count, System.nanoTime() - wallStart, cpuClock.getAsLong() - cpuStart);
        }
    }
}
