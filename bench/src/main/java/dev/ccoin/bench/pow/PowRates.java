package dev.ccoin.bench.pow;

import dev.ccoin.core.pow.HashEngine;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the proof-of-work benchmarks through the JMH API and prints one line per configuration with the median,
 * mean and best iteration, for {@code bench/pow-vs-openssl.sh}. The median is the figure to quote on a shared machine:
 * an iteration that another process disturbed moves the mean but not the median.
 *
 * <p>Usage: {@code PowRates search|trial|cpu [bits] [iterations] [seconds] [jmh-log-file]}. {@code search} times
 * {@link NonceSearchBenchmark} with 1 and 2 workers ({@code hashes} per second); {@code trial} times
 * {@link TrialBenchmark} for every engine on 1 and 2 JMH threads; {@code cpu} measures the search with 1 and 2
 * workers per wall second and per CPU second in this JVM ({@link CpuTimeRates}), without JMH, and
 * {@code cpu-engines} does the same for every engine.
 */
public final class PowRates {
    private PowRates() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !List.of("search", "trial", "cpu", "cpu-engines").contains(args[0])) {
            System.err.println(
                    "usage: PowRates search|trial|cpu|cpu-engines [bits] [iterations] [seconds] [jmh-log-file]");
            System.exit(2);
        }
        String bits = args.length > 1 ? args[1] : "22";
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args[0].startsWith("cpu")) {
            CpuTimeRates rates = new CpuTimeRates();
            List<HashEngine> engines = args[0].equals("cpu")
                    ? List.of(HashEngine.fastest()) : List.of(HashEngine.values());
            for (HashEngine engine : engines) {
                out.println(rates.measure(engine, 1, iterations, seconds));
                out.println(rates.measure(engine, 2, iterations, seconds));
            }
            return;
        }
        runJmh(args, bits, iterations, seconds, out);
    }

    private static void runJmh(String[] args, String bits, int iterations, int seconds, PrintStream out)
            throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .warmupIterations(3).warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(seconds))
                .forks(1);
        if (args.length > 4) {
            options.output(args[4]);
        }
        if (args[0].equals("search")) {
            options.include(NonceSearchBenchmark.class.getName() + ".solve").param("threads", "1", "2")
                    .param("bits", bits);
            for (RunResult run : new Runner(options.build()).run()) {
                out.println(line("search threads=" + run.getParams().getParam("threads"), run, "hashes"));
            }
        } else {
            for (int threads = 1; threads <= 2; threads++) {
                options.include(TrialBenchmark.class.getName() + ".trial").threads(threads);
                for (RunResult run : new Runner(options.build()).run()) {
                    BenchmarkParams params = run.getParams();
                    out.println(line("trial engine=" + params.getParam("engine") + " threads=" + params.getThreads(),
                            run, null));
                }
            }
        }
    }

    /** The per-iteration scores of {@code secondary} (or the primary result when null), summarised. */
    private static String line(String label, RunResult run, String secondary) {
        List<Double> scores = new ArrayList<>();
        for (BenchmarkResult fork : run.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
                Result<?> result = secondary == null
                        ? iteration.getPrimaryResult() : iteration.getSecondaryResults().get(secondary);
                scores.add(result.getScore());
            }
        }
        Collections.sort(scores);
        int n = scores.size();
        double median = n % 2 == 1 ? scores.get(n / 2) : (scores.get(n / 2 - 1) + scores.get(n / 2)) / 2;
        double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return String.format(Locale.ROOT, "%s median=%.0f mean=%.0f best=%.0f worst=%.0f n=%d",
                label, median, mean, scores.get(n - 1), scores.get(0), n);
    }
}
