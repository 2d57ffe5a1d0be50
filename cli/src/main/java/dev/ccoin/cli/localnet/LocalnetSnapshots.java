package dev.ccoin.cli.localnet;

import dev.ccoin.cli.command.CommandFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whole-network snapshots of a stopped localnet, under {@code <dir>/snapshots/NAME}: genesis, dev keys and every
 * node's data dir, copied while no localnet runs on the dir (its lock is held for the whole copy, so no node writes
 * meanwhile and the copy is consistent). A save or restore first copies into a temporary directory beside its
 * target and only then swaps it in, so a refusal or a failed copy leaves the network and the snapshots as they were.
 * Not thread-safe; the lock file keeps two processes apart.
 */
final class LocalnetSnapshots {
    /** A snapshot name: letters, digits, {@code .}, {@code _} and {@code -}, not starting with a dot. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}");
    /** What a snapshot leaves out: the snapshots themselves, the logs of past runs and the lock. */
    private static final Set<String> NOT_NETWORK = Set.of("snapshots", "logs", "localnet.lock");

    private final LocalnetLayout layout;

    LocalnetSnapshots(LocalnetLayout layout) {
        this.layout = layout;
    }

    Path directory() {
        return layout.root().resolve("snapshots");
    }

    /** The names of the saved snapshots, sorted. */
    List<String> list() {
        if (!Files.isDirectory(directory())) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory())) {
            return entries.filter(Files::isDirectory).map(path -> path.getFileName().toString())
                    .filter(name -> NAME.matcher(name).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the stopped network into a new snapshot {@code name}. */
    void save(String name) {
        Path target = snapshot(name);
        requireNetwork();
        if (Files.exists(target)) {
            throw new CommandFailure("a snapshot " + name + " exists already in " + directory() + "; pick another name");
        }
        whileStopped("save a snapshot", () -> {
            Files.createDirectories(directory());
            Path staging = directory().resolve("." + name + ".partial");
            deleteTree(staging);
            try (Stream<Path> entries = Files.list(layout.root())) {
                for (Path entry : entries.filter(LocalnetSnapshots::isNetwork).toList()) {
                    copyTree(entry, staging.resolve(entry.getFileName().toString()));
                }
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        });
    }

    /** Replaces the stopped network by the snapshot {@code name}. */
    void restore(String name) {
        Path source = snapshot(name);
        if (!Files.isDirectory(source)) {
            throw new CommandFailure("no snapshot " + name + " in " + directory() + " (saved: "
                    + (list().isEmpty() ? "none" : String.join(", ", list())) + ")");
        }
        whileStopped("restore a snapshot", () -> {
            Path staging = layout.root().resolve(".restoring");
            deleteTree(staging);
            copyTree(source, staging);
            try (Stream<Path> entries = Files.list(layout.root())) {
                for (Path entry : entries.filter(LocalnetSnapshots::isNetwork).toList()) {
                    deleteTree(entry);
                }
            }
            try (Stream<Path> entries = Files.list(staging)) {
                for (Path entry : entries.toList()) {
                    Files.move(entry, layout.root().resolve(entry.getFileName().toString()));
                }
            }
            Files.delete(staging);
        });
    }

    /**
     * Deletes the network — genesis, dev keys, every node's data and the logs — and keeps the snapshots, for
     * {@code ccoin localnet --reset}; the caller holds the localnet's lock.
     */
    void discardNetwork() {
        try (Stream<Path> entries = Files.list(layout.root())) {
            for (Path entry : entries.filter(entry -> isNetwork(entry) || entry.equals(layout.logs())).toList()) {
                deleteTree(entry);
            }
        } catch (IOException e) {
            throw new CommandFailure("cannot reset the localnet in " + layout.root() + ": " + e.getMessage());
        }
    }

    private Path snapshot(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new CommandFailure("a snapshot name is 1..64 letters, digits, '.', '_' or '-', not starting with "
                    + "'.': \"" + name + "\"");
        }
        return directory().resolve(name);
    }

    private void requireNetwork() {
        new LocalnetSetup(layout).requireExisting();
    }

    /** Runs {@code work} holding the localnet's lock: refused while a localnet runs on the dir. */
    private void whileStopped(String what, IoWork work) {
        if (!Files.isDirectory(layout.root())) {
            throw new CommandFailure("no localnet in " + layout.root());
        }
        try (FileChannel channel = FileChannel.open(layout.lockFile(), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new CommandFailure("the localnet in " + layout.root() + " is running; stop it to " + what);
            }
            work.run();
        } catch (IOException e) {
            throw new CommandFailure("cannot " + what + " in " + layout.root() + ": " + e.getMessage());
        }
    }

    private static boolean isNetwork(Path entry) {
        String name = entry.getFileName().toString();
        return !NOT_NETWORK.contains(name) && !name.startsWith(".");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** File work that may fail with an {@link IOException}. */
    private interface IoWork {
        void run() throws IOException;
    }
}
