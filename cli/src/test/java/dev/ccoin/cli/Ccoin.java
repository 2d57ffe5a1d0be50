package dev.ccoin.cli;

import dev.ccoin.cli.options.PasswordOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the real {@code ccoin} command line with captured output, a controlled environment (empty unless set) and a
 * scripted terminal (none unless answers are given). Shared by every command's tests.
 */
public final class Ccoin {
    private final Map<String, String> environment = new HashMap<>();
    private final Deque<String> answers = new ArrayDeque<>();
    private boolean terminal;

    public record Result(int exitCode, String out, String err) {
        public List<String> lines() {
            return out.lines().toList();
        }
    }

    public Ccoin env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** A terminal that answers password prompts with these lines, in order. */
    public Ccoin terminal(String... lines) {
        terminal = true;
        answers.addAll(List.of(lines));
        return this;
    }

    public Result run(String... args) {
        CommandLine commandLine = Main.commandLine();
        configure(commandLine);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    private void configure(CommandLine commandLine) {
        for (Object mixin : commandLine.getMixins().values()) {
            if (mixin instanceof PasswordOptions passwords) {
                passwords.environment(environment::get).prompt(this::answer);
            }
        }
        commandLine.getSubcommands().values().forEach(this::configure);
    }

    private char[] answer(String message) {
        if (!terminal) {
            return null;
        }
        String line = answers.poll();
        if (line == null) {
            throw new AssertionError("unexpected prompt: " + message);
        }
        return line.toCharArray();
    }
}
