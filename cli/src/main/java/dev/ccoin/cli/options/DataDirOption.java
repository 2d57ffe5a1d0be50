package dev.ccoin.cli.options;

import java.nio.file.Path;
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
        if (dataDir != null) {
            return dataDir;
        }
        String fromEnv = System.getenv("CCOIN_DATA_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return Path.of(System.getProperty("user.home"), ".ccoin");
    }
}
