package dev.ccoin.cli;

import dev.ccoin.core.testing.Await;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The real {@code ccoin} command line in a child JVM with this test's classpath, its output (stdout and stderr)
 * collected line by line. For tests of whole processes: crash safety, networks of nodes.
 */
public final class ChildProcess implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private ChildProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "child-output-" + process.pid());
        this.reader.setDaemon(true);
        this.reader.start();
    }

    public static ChildProcess start(String... args) {
        return start(Map.of(), args);
    }

    /** Starts the command line with {@code environment} added to this process's environment. */
    public static ChildProcess start(Map<String, String> environment, String... args) {
        return startVia(List.of(), environment, args);
    }

    /**
     * Starts the command line through {@code launcher}, a command that runs the JVM for it (such as
     * {@code ip netns exec NAME}), with {@code environment} added.
     */
    public static ChildProcess startVia(List<String> launcher, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--add-opens", "java.base/sun.security.provider=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            return new ChildProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A snapshot of the output so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Waits until {@code count} output lines match, or fails at the deadline or when the process ends first. */
    public void awaitLines(Predicate<String> match, int count, Duration timeout) {
        Await.until(timeout, () -> "output; last lines: " + tail(), () -> {
            boolean ended = !process.isAlive() && !reader.isAlive();
            if (lines.stream().filter(match).count() >= count) {
                return true;
            }
            if (ended) {
                throw new AssertionError("process ended (exit " + process.exitValue() + "); last lines: " + tail());
            }
            return false;
        });
    }

    /** Asks the process to stop (SIGTERM, as Ctrl-C would) and waits for it to exit; returns the exit code. */
    public int terminate(Duration timeout) {
        process.destroy();
        return waitFor(timeout);
    }

    /** Kills the process as {@code kill -9} does, and waits for it to be gone. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    public int waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("process still running after " + timeout.toSeconds() + " s; last lines: " + tail());
            }
            reader.join(timeout.toMillis());
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public String tail() {
        List<String> all = lines();
        return String.join("\n", all.subList(Math.max(0, all.size() - 15), all.size()));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(output closed: " + e.getMessage() + ")");
        }
    }
}
