package dev.ccoin.cli.bench;

import dev.ccoin.cli.command.CcoinProgram;
import dev.ccoin.cli.command.CommandFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One ccoin command in a child JVM with this JVM's classpath, its output in a log file: what a user would run, timed
 * from outside. {@code CCOIN_*} variables are not passed on, so only the given flags configure it. {@link #close}
 * sends SIGTERM (the child's shutdown hook closes its node cleanly) and kills it only if it does not end within
 * 15 s. Used from one thread.
 */
final class BenchProcess implements AutoCloseable {
    private static final Duration GRACE = Duration.ofSeconds(15);

    private final String name;
    private final Process process;
    private final Path log;
    private final long startedNanos;

    private BenchProcess(String name, Process process, Path log, long startedNanos) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    static BenchProcess start(CcoinProgram ccoin, String name, Path log, String... args) {
        return start(ccoin, name, log, List.of(), args);
    }

    /** Starts the command in a JVM given {@code jvmOptions} too (a heap size, a GC log). */
    static BenchProcess start(CcoinProgram ccoin, String name, Path log, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/sun.security.provider=ALL-UNNAMED"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ccoin.mainClass().getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("CCOIN_"));
        try {
            long started = System.nanoTime();
            return new BenchProcess(name, builder.start(), log, started);
        } catch (IOException e) {
            throw new CommandFailure("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    long startedNanos() {
        return startedNanos;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The child's CPU time so far (user + system), or empty where the platform does not tell. */
    Optional<Duration> cpu() {
        return process.info().totalCpuDuration();
    }

    /**
     * Waits until the child exits, noting its CPU time while it runs (the last note before it ends stands for the
     * whole). The exit code, or a failure naming the log when {@code timeout} passes first.
     */
    int awaitExit(Duration timeout, Duration[] lastCpu) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
            cpu().ifPresent(cpu -> lastCpu[0] = cpu);
            if (System.nanoTime() > deadline) {
                throw new CommandFailure(name + " did not finish within " + timeout.toSeconds() + " s; see " + log);
            }
        }
        return process.exitValue();
    }

    /** The first group of the first log line matching {@code pattern}, waiting for it until {@code timeout}. */
    String awaitLine(Pattern pattern, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Matcher> found = find(pattern);
            if (found.isPresent()) {
                return found.get().group(1);
            }
            if (!process.isAlive()) {
                throw new CommandFailure(name + " exited early; see " + log + ": " + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new CommandFailure(name + " did not print " + pattern + " within " + timeout.toSeconds()
                        + " s; see " + log);
            }
            Thread.sleep(50);
        }
    }

    /** The first match of {@code pattern} in the log so far. */
    Optional<Matcher> find(Pattern pattern) {
        for (String line : lines()) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return List.of();
        }
    }

    String tail() {
        List<String> lines = lines();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }

    /** Kills the child as {@code kill -9} does, and waits for it to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks the child to stop (SIGTERM) and waits for it to exit; its exit code, or a failure after {@code timeout}. */
    int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new CommandFailure(name + " did not stop within " + timeout.toSeconds() + " s; see " + log);
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
