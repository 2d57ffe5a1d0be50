package dev.ccoin.node.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void databaseLivesInTheChainFolderOfTheDataDir() {
        try (Database db = Database.open(dataDir)) {
            assertThat(db.dataDir()).isEqualTo(dataDir);
            assertThat(dataDir.resolve("chain").resolve("CURRENT")).exists();
        }
    }

    @Test
    void missingKeyReadsAsNull() {
        try (Database db = Database.open(dataDir)) {
            assertThat(db.get(bytes("absent"))).isNull();
            assertThat(db.contains(bytes("absent"))).isFalse();
        }
    }

    @Test
    void batchIsInvisibleUntilCommittedThenVisibleWhole() {
        try (Database db = Database.open(dataDir); StoreBatch batch = db.batch()) {
            batch.put(bytes("a"), bytes("1")).put(bytes("b"), bytes("2"));

            assertThat(db.get(bytes("a"))).isNull();
            assertThat(db.get(bytes("b"))).isNull();

            batch.commit(true);

            assertThat(db.get(bytes("a"))).isEqualTo(bytes("1"));
            assertThat(db.get(bytes("b"))).isEqualTo(bytes("2"));
        }
    }

    @Test
    void closedBatchWithoutCommitWritesNothing() {
        try (Database db = Database.open(dataDir)) {
            try (StoreBatch batch = db.batch()) {
                batch.put(bytes("a"), bytes("1"));
            }
            assertThat(db.get(bytes("a"))).isNull();
        }
    }

    @Test
    void laterWriteInABatchWins() {
        try (Database db = Database.open(dataDir); StoreBatch batch = db.batch()) {
            batch.put(bytes("a"), bytes("1")).delete(bytes("a")).put(bytes("b"), bytes("1")).put(bytes("b"), bytes("2"));
            batch.commit(false);

            assertThat(db.get(bytes("a"))).isNull();
            assertThat(db.get(bytes("b"))).isEqualTo(bytes("2"));
            assertThat(batch.size()).isEqualTo(4);
        }
    }

    @Test
    void batchCommitsOnlyOnce() {
        try (Database db = Database.open(dataDir); StoreBatch batch = db.batch()) {
            batch.put(bytes("a"), bytes("1")).commit(false);

            assertThatThrownBy(() -> batch.commit(false)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> batch.put(bytes("b"), bytes("2"))).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void reopenedDatabaseSeesCommittedData() {
        try (Database db = Database.open(dataDir); StoreBatch batch = db.batch()) {
            batch.put(bytes("kept"), bytes("yes")).commit(true);
        }

        try (Database db = Database.open(dataDir)) {
            assertThat(db.get(bytes("kept"))).isEqualTo(bytes("yes"));
        }
    }

    @Test
    void secondOpenInTheSameJvmIsDataDirInUse() {
        try (Database db = Database.open(dataDir)) {
            assertThatThrownBy(() -> Database.open(dataDir))
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.reason()).isEqualTo(StorageError.DATA_DIR_IN_USE))
                    .hasMessageContaining("data dir in use")
                    .hasMessageContaining(dataDir.toString());
            assertThat(db.get(bytes("still usable"))).isNull();
        }
    }

    @Test
    void secondOpenThroughAnotherPathToTheSameDirIsAlsoInUse() throws Exception {
        Path link = Files.createSymbolicLink(dataDir.resolveSibling(dataDir.getFileName() + "-link"), dataDir);
        try (Database db = Database.open(dataDir)) {
            assertThatThrownBy(() -> Database.open(link))
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.reason()).isEqualTo(StorageError.DATA_DIR_IN_USE));
            assertThat(db.dataDir()).isEqualTo(dataDir);
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void closingReleasesTheDirectory() {
        Database.open(dataDir).close();

        try (Database again = Database.open(dataDir)) {
            assertThat(again.dataDir()).isEqualTo(dataDir);
        }
    }

    @Test
    void useAfterCloseIsRefusedCleanly() {
        Database db = Database.open(dataDir);
        db.close();
        db.close();

        assertThatThrownBy(() -> db.get(bytes("a")))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageError.CLOSED));
        assertThatThrownBy(db::batch)
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageError.CLOSED));
    }

    @Test
    void batchCommittedAfterItsDatabaseClosedIsRefused() {
        Database db = Database.open(dataDir);
        try (StoreBatch batch = db.batch()) {
            batch.put(bytes("a"), bytes("1"));
            db.close();

            assertThatThrownBy(() -> batch.commit(true))
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.reason()).isEqualTo(StorageError.CLOSED));
        }
    }

    @Test
    void dataDirThatIsAFileCannotBeOpened() throws Exception {
        Path file = Files.writeString(dataDir.resolve("file"), "x");

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageError.IO));
    }

    @Test
    void damagedDatabaseIsReportedAsCorrupt() throws Exception {
        try (Database db = Database.open(dataDir); StoreBatch batch = db.batch()) {
            batch.put(bytes("a"), bytes("1")).commit(true);
        }
        Path chain = dataDir.resolve("chain");
        String manifest = Files.readString(chain.resolve("CURRENT")).strip();
        Files.write(chain.resolve(manifest), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});

        assertThatThrownBy(() -> Database.open(dataDir))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageError.CORRUPT))
                .hasMessageContaining(dataDir.toString());
        if (StorageEngine.chosen().leaksLockOnFailedOpen()) {
            // The pure-Java engine's failed open kept its LOCK descriptor: this process must not open it again.
            assertThatThrownBy(() -> Database.open(dataDir))
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.reason()).isEqualTo(StorageError.DATA_DIR_IN_USE))
                    .hasMessageContaining("failed in this process");
        } else {
            // A failed open must not keep the directory claimed: trying again meets the damage, not a lock.
            assertThatThrownBy(() -> Database.open(dataDir))
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.reason()).isEqualTo(StorageError.CORRUPT));
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }
}
