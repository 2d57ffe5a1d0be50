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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data-dir lock across real processes: a child JVM running {@link LockProbe} on the same directory. */
class DatabaseLockTest {
    @TempDir
    Path dataDir;

    @Test
    void databaseHeldByAnotherProcessIsDataDirInUse() throws Exception {
        Process holder = probe("hold");
        try (BufferedReader out = reader(holder)) {
            assertThat(out.readLine()).startsWith("OPEN ");

            assertThatThrownBy(() -> Database.open(dataDir))
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.reason()).isEqualTo(StorageError.DATA_DIR_IN_USE))
                    .hasMessageContaining(dataDir.toString());
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (Database reopened = Database.open(dataDir)) {
            assertThat(reopened.dataDir()).isEqualTo(dataDir);
        }
    }

    @Test
    void anotherProcessCannotOpenWhatThisOneHolds() throws Exception {
        try (Database db = Database.open(dataDir)) {
            assertThat(runProbe("try")).startsWith("DATA_DIR_IN_USE");
            assertThat(db.contains(new byte[] {1})).isFalse();
        }
    }

    @Test
    void refusedSecondOpenInThisJvmKeepsTheLockAgainstOtherProcesses() throws Exception {
        // LevelDB drops a process's lock when a second in-process open fails; the JVM guard must stop that open.
        try (Database db = Database.open(dataDir)) {
            assertThatThrownBy(() -> Database.open(dataDir)).isInstanceOf(StorageException.class);
            assertThat(db.contains(new byte[] {1})).isFalse();

            assertThat(runProbe("try")).startsWith("DATA_DIR_IN_USE");
        }
    }

    private String runProbe(String mode) throws IOException, InterruptedException {
        Process process = probe(mode);
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    private Process probe(String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LockProbe.class.getName(), mode, dataDir.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }
}
