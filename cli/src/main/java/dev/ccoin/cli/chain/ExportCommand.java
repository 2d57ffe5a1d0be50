package dev.ccoin.cli.chain;

import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.cli.options.DataDirOption;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.archive.ChainExporter;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.chain.LocalChain;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin export --out FILE}: writes the canonical chain, genesis to head, as concatenated block wire values.
 * The file appears only when complete (written beside it, then moved).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the canonical chain, genesis to head, as a stream of block wire values.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataDirOption dataDir;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
    private Path out;

    @Override
    public Integer call() {
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        try (NodeScheduler threads = new NodeScheduler();
             LocalChain chain = LocalChain.open(dataDir.dataDir(), Clock.systemUTC(),
                     threads.verifierPool(Runtime.getRuntime().availableProcessors()));
             OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            ChainHead head = new ChainExporter(chain.blockchain(), System::nanoTime)
                    .export(stream, new ProgressLine(spec.commandLine().getErr(), "export"));
            stream.close();
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getOut().printf("exported %d blocks to %s, head %s%n", head.height() + 1, out,
                    head.hash().toHex());
            return 0;
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + out + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Best effort: a stale .partial file is harmless and overwritten by the next export.
        }
    }
}
