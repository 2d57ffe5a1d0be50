package dev.ccoin.node.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The data-dir lock across real processes: a child JVM running {@link LockProbe} on the same directory, on each
 * engine against each (both take the same POSIX lock on {@code LOCK}).
 */
class DatabaseLockTest {
    @TempDir
    Path dataDir;

    static Stream<Arguments> engines() {
        return Stream.of(StorageEngine.values())
                .flatMap(here -> Stream.of(StorageEngine.values()).map(there -> Arguments.of(here, there)));
    }

    @ParameterizedTest(name = "this process on {0}, the other on {1}")
    @MethodSource("engines")
    void databaseHeldByAnotherProcessIsDataDirInUse(StorageEngine here, StorageEngine there) throws Exception {
        Process holder = probe("hold", there);
        try (BufferedReader out = reader(holder)) {
            assertThat(out.readLine()).startsWith("OPEN " + there.id());

            assertThatThrownBy(() -> open(here))
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.reason()).isEqualTo(StorageError.DATA_DIR_IN_USE))
                    .hasMessageContaining(dataDir.toString());
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (Database reopened = open(here)) {
            assertThat(reopened.dataDir()).isEqualTo(dataDir);
        }
    }

    @ParameterizedTest(name = "this process on {0}, the other on {1}")
    @MethodSource("engines")
    void anotherProcessCannotOpenWhatThisOneHolds(StorageEngine here, StorageEngine there) throws Exception {
        try (Database db = open(here)) {
            assertThat(runProbe("try", there)).startsWith("DATA_DIR_IN_USE");
            assertThat(db.contains(new byte[] {1})).isFalse();
        }
    }

    @ParameterizedTest(name = "this process on {0}, the other on {1}")
    @MethodSource("engines")
    void refusedSecondOpenInThisJvmKeepsTheLockAgainstOtherProcesses(StorageEngine here, StorageEngine there)
            throws Exception {
        // LevelDB drops a process's lock when a second in-process open fails; the JVM guard must stop that open.
        StorageEngine second = here == StorageEngine.NATIVE ? StorageEngine.JAVA : StorageEngine.NATIVE;
        try (Database db = open(here)) {
            assertThatThrownBy(() -> open(here)).isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> open(second)).isInstanceOf(StorageException.class);
            assertThat(db.contains(new byte[] {1})).isFalse();

            assertThat(runProbe("try", there)).startsWith("DATA_DIR_IN_USE");
        }
    }

    private Database open(StorageEngine engine) {
        return Database.open(dataDir, Database.DEFAULT_CACHE_BYTES, engine);
    }

    private String runProbe(String mode, StorageEngine engine) throws IOException, InterruptedException {
        Process process = probe(mode, engine);
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    private Process probe(String mode, StorageEngine engine) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-D" + StorageEngine.PROPERTY + "=" + engine.id(),
                "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(), mode, dataDir.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }
}
