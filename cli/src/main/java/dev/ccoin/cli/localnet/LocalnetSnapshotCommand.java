package dev.ccoin.cli.localnet;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin localnet snapshot save|restore|list}: whole-network snapshots of a stopped localnet
 * ({@link LocalnetSnapshots}), so a team can return to a known chain state. Each refuses, changing nothing, while
 * the network runs, for an unknown name, or for a dir without a localnet.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Save, restore or list whole-network snapshots of a stopped localnet.",
        subcommands = {LocalnetSnapshotCommand.Save.class, LocalnetSnapshotCommand.Restore.class,
                LocalnetSnapshotCommand.ListSnapshots.class})
public final class LocalnetSnapshotCommand {
    private LocalnetSnapshotCommand() {
    }

    /** The localnet's dir, as {@code ccoin localnet --dir}. */
    static final class DirOption {
        @Option(names = "--dir", defaultValue = ".localnet", description = "where the network lives (default: ${DEFAULT-VALUE})")
        Path dir;

        LocalnetSnapshots snapshots() {
            return new LocalnetSnapshots(new LocalnetLayout(dir.toAbsolutePath().normalize()));
        }
    }

    /** {@code save NAME}: copies the stopped network into a new snapshot. */
    @Command(name = "save", mixinStandardHelpOptions = true, description = "Copy the stopped network into snapshot NAME.")
    static final class Save implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private DirOption dir = new DirOption();
        @Parameters(paramLabel = "NAME", description = "the snapshot's name")
        private String name;

        @Override
        public Integer call() {
            LocalnetSnapshots snapshots = dir.snapshots();
            snapshots.save(name);
            spec.commandLine().getOut().printf("saved snapshot %s in %s%n", name, snapshots.directory());
            return 0;
        }
    }

    /** {@code restore NAME}: replaces the stopped network by a snapshot. */
    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Replace the stopped network by snapshot NAME; the next ccoin localnet resumes from it.")
    static final class Restore implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private DirOption dir = new DirOption();
        @Parameters(paramLabel = "NAME", description = "the snapshot's name")
        private String name;

        @Override
        public Integer call() {
            dir.snapshots().restore(name);
            spec.commandLine().getOut().printf("restored snapshot %s; ccoin localnet --dir %s resumes from it%n", name,
                    dir.dir);
            return 0;
        }
    }

    /** {@code list}: the saved snapshots' names. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "The saved snapshots, one name a line.")
    static final class ListSnapshots implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private DirOption dir = new DirOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<String> names = dir.snapshots().list();
            names.forEach(out::println);
            out.flush();
            return 0;
        }
    }
}
