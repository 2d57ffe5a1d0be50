package dev.ccoin.cli.localnet;

import dev.ccoin.cli.command.CcoinProgram;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One ccoin command — {@code discovery} or {@code node} — running on its own thread inside this JVM, as
 * {@code localnet --in-process} runs them: one JIT, one heap and one set of GC threads for the whole network. Its
 * command output goes to {@code out}, the localnet's shared log. Stopping it interrupts its thread, which closes
 * its service (see {@link dev.ccoin.cli.command.ServiceLifetime}); a JVM shutdown closes it too.
 */
final class InProcessMember implements LocalnetMember {
    private final String name;
    private final Path log;
    private final Thread thread;

    private InProcessMember(String name, Path log, Thread thread) {
        this.name = name;
        this.log = log;
        this.thread = thread;
    }

    static InProcessMember start(CcoinProgram ccoin, String name, Path log, PrintWriter out, List<String> args) {
        Thread thread = new Thread(
                () -> ccoin.newCommandLine().setOut(out).setErr(out).execute(args.toArray(String[]::new)),
                "localnet-" + name);
        thread.start();
        return new InProcessMember(name, log, thread);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long pid() {
        return ProcessHandle.current().pid();
    }

    @Override
    public boolean isAlive() {
        return thread.isAlive();
    }

    @Override
    public Path log() {
        return log;
    }

    @Override
    public void stop(Duration grace) {
        thread.interrupt();
        try {
            thread.join(grace.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
