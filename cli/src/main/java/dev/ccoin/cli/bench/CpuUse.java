package dev.ccoin.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How busy the machine's CPUs and this process were between two points in time: the busy share of all cores from
 * {@code /proc/stat} (Linux; unknown elsewhere) and this JVM's CPU seconds. Evidence for where a benchmark's time
 * went — a rate that stops rising at 100 % busy is bound by CPU. Immutable snapshot; {@link #since} compares two.
 */
record CpuUse(long busyTicks, long totalTicks, long processNanos, long wallNanos) {
    private static final Path PROC_STAT = Path.of("/proc/stat");

    static CpuUse now() {
        long busy = -1;
        long total = -1;
        try {
            String[] fields = Files.readAllLines(PROC_STAT).get(0).trim().split("\\s+");
            total = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            // user nice system idle iowait irq softirq steal: idle and iowait are not busy.
            busy = total - Long.parseLong(fields[4]) - Long.parseLong(fields[5]);
        } catch (IOException | RuntimeException e) {
            // Not Linux, or an unexpected format: the machine's share stays unknown.
        }
        return new CpuUse(busy, total, processCpuNanos(), System.nanoTime());
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** {@code machine 97% busy (2 cores), this process 0.41 cores}, from {@code start} to this snapshot. */
    String since(CpuUse start) {
        int cores = Runtime.getRuntime().availableProcessors();
        double wall = (wallNanos - start.wallNanos) / 1e9;
        String machine = busyTicks < 0 || start.busyTicks < 0 || totalTicks == start.totalTicks ? "machine ?% busy"
                : String.format(Locale.ROOT, "machine %.0f%% busy", 100.0 * (busyTicks - start.busyTicks)
                        / (totalTicks - start.totalTicks));
        String process = processNanos < 0 || wall <= 0 ? "this process ? cores"
                : String.format(Locale.ROOT, "this process %.2f cores",
                        (processNanos - start.processNanos) / 1e9 / wall);
        return String.format(Locale.ROOT, "%s (%d cores), %s", machine, cores, process);
    }
}
