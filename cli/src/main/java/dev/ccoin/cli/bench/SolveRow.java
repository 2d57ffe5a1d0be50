package dev.ccoin.cli.bench;

import java.util.Locale;

/** One line of the solve-time table: {@code runs} solves at {@code bits}, their total time and hashes. Immutable. */
record SolveRow(int bits, int runs, long nanos, long hashes) {
    static final String HEADER = String.format(Locale.ROOT, "%4s %5s %10s %10s %9s",
            "bits", "runs", "total s", "average s", "MH/s");

    SolveRow plus(long solveNanos, long solveHashes) {
        return new SolveRow(bits, runs + 1, nanos + solveNanos, hashes + solveHashes);
    }

    double totalSeconds() {
        return nanos / 1e9;
    }

    double averageSeconds() {
        return runs == 0 ? 0 : totalSeconds() / runs;
    }

    double megahashesPerSecond() {
        return nanos == 0 ? 0 : hashes * 1e3 / nanos;
    }

    String line() {
        return String.format(Locale.ROOT, "%4d %5d %10.3f %10.3f %9.2f",
                bits, runs, totalSeconds(), averageSeconds(), megahashesPerSecond());
    }
}
