package dev.ccoin.cli;

import dev.ccoin.cli.account.AccountCommand;
import dev.ccoin.cli.bench.BenchCommand;
import dev.ccoin.cli.chain.ExportCommand;
import dev.ccoin.cli.chain.ImportCommand;
import dev.ccoin.cli.chain.InitCommand;
import dev.ccoin.cli.client.BalanceCommand;
import dev.ccoin.cli.client.BlockCommand;
import dev.ccoin.cli.client.PeersCommand;
import dev.ccoin.cli.client.StatusCommand;
import dev.ccoin.cli.client.TxCommand;
import dev.ccoin.cli.command.CcoinProgram;
import dev.ccoin.cli.command.FailureHandler;
import dev.ccoin.cli.discovery.DiscoveryCommand;
import dev.ccoin.cli.localnet.LocalnetCommand;
import dev.ccoin.cli.node.NodeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ccoin} entry point: assembles every command, and is the {@link CcoinProgram} they start again. */
@Command(name = "ccoin",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A proof-of-authority blockchain whose authorities seal blocks with hashcash proof of work.",
        subcommands = {
                AccountCommand.class,
                InitCommand.class,
                ExportCommand.class,
                ImportCommand.class,
                NodeCommand.class,
                DiscoveryCommand.class,
                LocalnetCommand.class,
                TxCommand.class,
                BlockCommand.class,
                BalanceCommand.class,
                StatusCommand.class,
                PeersCommand.class,
                BenchCommand.class,
        })
public final class Main implements CcoinProgram {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it with captured output. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    @Override
    public CommandLine newCommandLine() {
        return commandLine();
    }

    @Override
    public Class<?> mainClass() {
        return Main.class;
    }
}
