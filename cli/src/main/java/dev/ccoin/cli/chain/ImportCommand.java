package dev.ccoin.cli.chain;

import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.cli.options.DataDirOption;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.archive.ChainImporter;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.chain.LocalChain;
import dev.ccoin.node.state.HeldNodes;
import dev.ccoin.node.state.StateCommitSettings;
import dev.ccoin.node.storage.Database;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin import FILE}: validates and imports a block stream into an initialised data dir ({@code --genesis}
 * initialises it first). Stops at the first invalid block with its height and reason, keeping what came before.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Validate and import a block stream (from `ccoin export`) into the data dir.")
public final class ImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataDirOption dataDir;

    @Option(names = "--genesis", paramLabel = "FILE",
            description = "initialise the data dir with this genesis.json first (as `ccoin init` does)")
    private Path genesis;

    @Option(names = "--state-commit-blocks", paramLabel = "N",
            description = "commit the state held in memory at least every N canonical blocks (default 128)")
    private int stateCommitBlocks = StateCommitSettings.DEFAULT.commitBlocks();

    @Option(names = "--state-memory-mb", paramLabel = "MB",
            description = "commit the state when the nodes held in memory pass MB mebibytes (default 256)")
    private int stateMemoryMb = StateCommitSettings.DEFAULT.memoryMb();

    @Parameters(index = "0", paramLabel = "FILE", description = "the block stream to import")
    private Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure("cannot read " + file + ": no such file");
        }
        if (genesis != null) {
            initialise();
        }
        StateCommitSettings stateCommits;
        try {
            stateCommits = new StateCommitSettings(stateCommitBlocks, stateMemoryMb);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        try (NodeScheduler threads = new NodeScheduler();
             LocalChain chain = LocalChain.open(dataDir.dataDir(), Clock.systemUTC(),
                     threads.verifierPool(Runtime.getRuntime().availableProcessors()), stateCommits);
             InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ChainImporter.Summary summary = new ChainImporter(chain.blockchain(), chain.preverifier(), System::nanoTime)
                    .importFrom(in, Files.size(file), new ProgressLine(spec.commandLine().getErr(), "import"));
            ChainHead head = chain.blockchain().head();
            spec.commandLine().getOut().printf("imported %d blocks (%d new), %.0f blocks/s; head %d %s%n",
                    summary.blocks(), summary.newBlocks(), summary.blocksPerSecond(), head.height(), head.hash().toHex());
            HeldNodes.Usage held = chain.blockchain().heldState();
            spec.commandLine().getOut().printf(Locale.ROOT, "state held in memory: %d nodes, %d KiB; at most %d KiB "
                    + "(state_memory_mb %d)%n", held.nodes(), held.bytes() / 1024, held.peakBytes() / 1024,
                    stateMemoryMb);
            return 0;
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void initialise() {
        ChainParams params = GenesisReader.read(genesis);
        try (Database database = Database.open(dataDir.dataDir())) {
            ChainInitializer.initialize(database, params);
        }
    }
}
