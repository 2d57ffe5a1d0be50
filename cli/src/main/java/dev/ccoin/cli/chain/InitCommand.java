package dev.ccoin.cli.chain;

import dev.ccoin.cli.options.DataDirOption;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.storage.Database;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin init --genesis FILE}: validates a genesis file and writes its genesis block into the data dir.
 * The file is read and checked completely before the data dir is touched.
 */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        description = "Validate a genesis file, write the genesis block into the data dir and print its hash.")
public final class InitCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataDirOption dataDir;

    @Option(names = "--genesis", required = true, paramLabel = "FILE", description = "the genesis.json of the chain")
    private Path genesisFile;

    @Override
    public Integer call() {
        ChainParams params = GenesisReader.read(genesisFile);
        try (Database database = Database.open(dataDir.dataDir())) {
            ChainInitializer.Result result = ChainInitializer.initialize(database, params);
            if (result.outcome() == ChainInitializer.Outcome.ALREADY_INITIALIZED) {
                spec.commandLine().getErr().println("already initialised with this genesis; nothing changed");
            }
            spec.commandLine().getOut().println(result.genesisHash().toHex());
        }
        return 0;
    }
}
