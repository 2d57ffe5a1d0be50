package dev.ccoin.bench.chain;

import java.util.Locale;

/** Progress notes on standard error, so the table on standard output stays clean. Thread-safe. */
final class Progress {
    private static final long STARTED = System.nanoTime();

    private Progress() {
    }

    static void note(String format, Object... args) {
        double seconds = (System.nanoTime() - STARTED) / 1e9;
        System.err.printf(Locale.ROOT, "[%6.1fs] %s%n", seconds, String.format(Locale.ROOT, format, args));
    }
}
