package dev.ccoin.cli.bench;

import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.core.pow.HashEngine;
import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.pow.NonceSearch;
import dev.ccoin.core.pow.SearchHandle;
import dev.ccoin.core.types.Hash32;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin bench pow}: solves {@code --runs} random prefixes at each difficulty of {@code --bits} with the node's
 * nonce search and prints a solve-time table, then the hash rate with 1..{@code --threads} workers. The table goes to
 * standard output, progress to standard error. Runs on the caller's thread; the searches it starts are closed before
 * it returns.
 */
@Command(name = "pow",
        mixinStandardHelpOptions = true,
        description = {
            "Hashcash solve-time table: random prefixes solved at each difficulty, then the hash rate per thread count.",
            "Expect about 2^bits hashes per solve."
        })
public final class PowBenchCommand implements Callable<Integer> {
    private static final int MAX_THREADS = 1024;
    private static final int MAX_RUNS = 10_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--bits", paramLabel = "N|LOW..HIGH", defaultValue = "16..22",
            converter = BitsRange.Converter.class,
            description = "difficulty, or range of difficulties, in leading zero bits, "
                    + BitsRange.MIN + ".." + BitsRange.MAX + " (default: ${DEFAULT-VALUE})")
    private BitsRange bits;

    @Option(names = "--threads", paramLabel = "T",
            description = "worker threads of the search, 1.." + MAX_THREADS + " (default: the number of processors)")
    private Integer threads;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "solves per difficulty, 1.." + MAX_RUNS + " (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "2",
            description = "how long to measure each thread count's hash rate, 0.1..600 (default: ${DEFAULT-VALUE})")
    private double seconds;

    private final SecureRandom random = new SecureRandom();

    @Override
    public Integer call() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        validate(workers);
        PrintWriter out = spec.commandLine().getOut();
        HashEngine engine = HashEngine.fastest();
        out.println("engine: " + engine.displayName());
        HashEngine.JDK_INTRINSIC.unavailableReason().ifPresent(reason -> out.println("note: " + reason));
        out.printf(Locale.ROOT, "solving %d random prefixes per difficulty (bits %s) with %d thread%s%n",
                runs, bits, workers, workers == 1 ? "" : "s");
        out.println(SolveRow.HEADER);
        out.flush();
        try (NonceSearch search = new NonceSearch(workers, engine, System::nanoTime)) {
            for (int difficulty = bits.low(); difficulty <= bits.high(); difficulty++) {
                out.println(solveRow(search, difficulty).line());
                out.flush();
            }
        }
        printRates(out, engine, workers);
        return 0;
    }

    private void validate(int workers) {
        if (workers < 1 || workers > MAX_THREADS) {
            throw usage("--threads must be 1.." + MAX_THREADS + ", got " + workers);
        }
        if (runs < 1 || runs > MAX_RUNS) {
            throw usage("--runs must be 1.." + MAX_RUNS + ", got " + runs);
        }
        if (!(seconds >= 0.1 && seconds <= 600)) {
            throw usage("--seconds must be 0.1..600, got " + seconds);
        }
    }

    private SolveRow solveRow(NonceSearch search, int difficulty) {
        PrintWriter err = spec.commandLine().getErr();
        SolveRow row = new SolveRow(difficulty, 0, 0, 0);
        for (int run = 1; run <= runs; run++) {
            Hash32 prefix = randomPrefix();
            SearchHandle handle = search.start(prefix, difficulty);
            long nonce = await(handle);
            if (!Hashcash.meets(prefix, nonce, difficulty)) {
                throw new CommandFailure("nonce " + nonce + " does not meet " + difficulty + " bits for " + prefix);
            }
            row = row.plus(handle.elapsedNanos(), handle.hashes());
            err.printf(Locale.ROOT, "bits %d run %d/%d: %.3f s, nonce %d%n",
                    difficulty, run, runs, handle.elapsedNanos() / 1e9, nonce);
            err.flush();
        }
        return row;
    }

    private void printRates(PrintWriter out, HashEngine engine, int workers) {
        PrintWriter err = spec.commandLine().getErr();
        out.printf(Locale.ROOT, "hash rate by thread count (%.1f s each)%n", seconds);
        out.printf(Locale.ROOT, "%7s %9s %11s %8s%n", "threads", "MH/s", "per thread", "scaling");
        out.flush();
        double single = 0;
        for (int t = 1; t <= workers; t++) {
            err.printf(Locale.ROOT, "measuring %d thread%s for %.1f s%n", t, t == 1 ? "" : "s", seconds);
            err.flush();
            double rate = measureRate(engine, t) / 1e6;
            if (t == 1) {
                single = rate;
            }
            out.printf(Locale.ROOT, "%7d %9.2f %11.2f %7.2fx%n", t, rate, rate / t, single == 0 ? 0 : rate / single);
            out.flush();
        }
    }

    /** Hashes per second of {@code t} workers searching a prefix nobody can solve, over the measuring window. */
    private double measureRate(HashEngine engine, int t) {
        try (NonceSearch search = new NonceSearch(t, engine, System::nanoTime)) {
            SearchHandle handle = search.start(randomPrefix(), Hashcash.MAX_BITS);
            try {
                handle.result().get((long) (seconds * 1000), TimeUnit.MILLISECONDS);
            } catch (TimeoutException expected) {
                handle.cancel();
            }
            handle.stopped().join();
            return handle.hashRate();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted");
        } catch (ExecutionException e) {
            throw new CommandFailure("nonce search failed: " + e.getCause(), e.getCause());
        }
    }

    private static long await(SearchHandle handle) {
        try {
            long nonce = handle.result().get();
            handle.stopped().join();
            return nonce;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted");
        } catch (ExecutionException e) {
            throw new CommandFailure("nonce search failed: " + e.getCause(), e.getCause());
        }
    }

    private Hash32 randomPrefix() {
        byte[] bytes = new byte[Hash32.LENGTH];
        random.nextBytes(bytes);
        return Hash32.of(bytes);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
