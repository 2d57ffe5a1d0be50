package dev.ccoin.cli.command;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code ccoin} program itself, for the commands that start more of it: a localnet's members, a benchmark's
 * nodes. The entry point implements it and is the root of every command's {@link CommandSpec}, so a command finds
 * it there ({@link #of}) instead of naming the entry point, which names every command. Implementations are
 * stateless.
 */
public interface CcoinProgram {
    /** A new, configured command line, for one run on a thread of this JVM. */
    CommandLine newCommandLine();

    /** The class a child JVM runs to be {@code ccoin}. */
    Class<?> mainClass();

    /** The program whose command line {@code spec} belongs to. */
    static CcoinProgram of(CommandSpec spec) {
        if (spec.root().userObject() instanceof CcoinProgram program) {
            return program;
        }
        throw new IllegalStateException("command " + spec.qualifiedName() + " does not run under the ccoin program");
    }
}
