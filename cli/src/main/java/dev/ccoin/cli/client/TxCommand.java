package dev.ccoin.cli.client;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ccoin tx}: send a transaction, or look one up. Without a subcommand it is a usage error. */
@Command(name = "tx",
        mixinStandardHelpOptions = true,
        description = "Send a transaction through a node, or look one up.",
        subcommands = {TxSendCommand.class, TxGetCommand.class})
public final class TxCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: send or get");
    }
}
