package dev.ccoin.cli.client;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ccoin block}: look up a block, or count them. Without a subcommand it is a usage error. */
@Command(name = "block",
        mixinStandardHelpOptions = true,
        description = "Look up a block of a node's chain, or count the blocks.",
        subcommands = {BlockGetCommand.class, BlockCountCommand.class})
public final class BlockCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: get or count");
    }
}
