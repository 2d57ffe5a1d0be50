package dev.ccoin.node.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM where leveldbjni's library cannot load, as on Apple Silicon or Linux on ARM: told it is a 31-bit JVM
 * ({@code -Dsun.arch.data.model=31}), leveldbjni looks for a {@code linux31} library its jar does not carry. A child
 * JVM running {@link LockProbe} opens the data dir there.
 */
class StorageEngineFallbackTest {
    @TempDir
    Path dataDir;

    @Test
    void whereTheNativeLibraryDoesNotLoadTheNodeOpensItsStoreOnPureJava() throws Exception {
        assertThat(probeWithoutNativeLibrary("auto")).startsWith("OPENED java ");
        // The data dir the fallback wrote opens natively where the library loads.
        try (Database db = Database.open(dataDir, Database.DEFAULT_CACHE_BYTES, StorageEngine.NATIVE)) {
            assertThat(db.engine()).isEqualTo(StorageEngine.NATIVE);
        }
    }

    @Test
    void insistingOnTheNativeEngineWhereItDoesNotLoadFailsSayingWhyAndWhatToDo() throws Exception {
        assertThat(probeWithoutNativeLibrary("native"))
                .startsWith("ENGINE_UNAVAILABLE LevelDB's native library (leveldbjni) did not load on")
                .contains("CCOIN_STORAGE=java");
    }

    private String probeWithoutNativeLibrary(String setting) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dsun.arch.data.model=31", "-D" + StorageEngine.PROPERTY + "=" + setting,
                "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(), "try", dataDir.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
