package dev.ccoin.cli.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ccoin bench}: the group of benchmark commands; on its own it is a usage error naming them. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measures ccoin's hot paths on this machine.",
        subcommands = {PowBenchCommand.class, LoadBenchCommand.class, ApiBenchCommand.class,
            SyncBenchCommand.class, LightBenchCommand.class, MemoryBenchCommand.class, RestartBenchCommand.class,
            ConnectBenchCommand.class})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand: pow, load, api, sync, light, "
                + "memory, restart or connect");
    }
}
