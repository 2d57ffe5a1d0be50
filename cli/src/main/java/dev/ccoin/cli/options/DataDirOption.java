package dev.ccoin.cli.options;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --data-dir}: where a node keeps its keys and chain. Defaults to {@code CCOIN_DATA_DIR}, then
 * {@code ~/.ccoin} (the original {@code app.base_path}).
 */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "data directory (default: $CCOIN_DATA_DIR or ~/.ccoin)")
    private Path dataDir;

    public Path dataDir() {
        return explicit().orElseGet(DataDirOption::home);
    }

    /** The data dir given by the flag or {@code CCOIN_DATA_DIR}, if either says one. */
    public Optional<Path> explicit() {
        if (dataDir != null) {
            return Optional.of(dataDir);
        }
        String fromEnv = System.getenv("CCOIN_DATA_DIR");
        return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(Path.of(fromEnv));
    }

    /** {@code ~/.ccoin}. */
    public static Path home() {
        return Path.of(System.getProperty("user.home"), ".ccoin");
    }

    /** A path from a settings file, with a leading {@code ~} meaning the user's home. */
    public static Path expandHome(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return Path.of(System.getProperty("user.home") + path.substring(1));
        }
        return Path.of(path);
    }
}
