package dev.ccoin.node.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.testing.Await;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A data dir written by one engine opens with the other, both ways: after a clean close (tables flushed and
 * compacted by the writer, then written to by the reader and reopened by the writer), and after the writer was
 * killed as {@code kill -9} does (the reader recovers the writer's log and keeps every acknowledged commit).
 */
class CrossEngineTest {
    private static final int ENTRIES = 3_000;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 1_500;
    private static final int COMPACTED_ROUNDS = 7;
    private static final int COMPACTED_KEYS = 1_200;
    private static final Duration COMPACTION = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "written on {0}")
    @EnumSource(StorageEngine.class)
    void dataDirWrittenByOneEngineOpensWithTheOther(StorageEngine writer) throws IOException {
        StorageEngine reader = other(writer);
        try (Database db = open(writer)) {
            for (int n = 0; n < ENTRIES; n++) {
                try (StoreBatch batch = db.batch()) {
                    batch.put(WriterProbe.key(n), WriterProbe.value(n)).commit(false);
                }
            }
            try (StoreBatch batch = db.batch()) {
                batch.delete(WriterProbe.key(7)).put(WriterProbe.key(8), new byte[] {8}).commit(true);
            }
        }
        // 12 MB of values: the writer's memtable has been flushed to Snappy-compressed tables.
        assertThat(tables()).isNotEmpty();

        try (Database db = open(reader)) {
            assertThat(db.get(WriterProbe.key(7))).isNull();
            assertThat(db.get(WriterProbe.key(8))).containsExactly(8);
            for (int n = 0; n < ENTRIES; n++) {
                if (n != 7 && n != 8) {
                    assertThat(db.get(WriterProbe.key(n))).as("entry %d", n).isEqualTo(WriterProbe.value(n));
                }
            }
            assertThat(keys(db, Scan.prefix(new byte[] {'k'}))).hasSize(ENTRIES - 1);
            List<byte[]> descending = keys(db, Scan.prefix(new byte[] {'k'}).from(WriterProbe.key(10)).descending());
            assertThat(descending).hasSize(10).first().isEqualTo(WriterProbe.key(10));
            try (StoreBatch batch = db.batch()) {
                batch.put(WriterProbe.key(7), new byte[] {7}).delete(WriterProbe.key(9)).commit(true);
            }
        }

        try (Database db = open(writer)) {
            assertThat(db.get(WriterProbe.key(7))).containsExactly(7);
            assertThat(db.get(WriterProbe.key(9))).isNull();
            assertThat(db.get(WriterProbe.key(ENTRIES - 1))).isEqualTo(WriterProbe.value(ENTRIES - 1));
        }
    }

    @Test
    void tablesThePureJavaEngineCompactedOpenWithTheNativeEngine() throws IOException {
        File directory = dataDir.resolve(Database.DIRECTORY).toFile();
        // Seven rounds over the same keys, ~5 MB of values each, so seven memtable flushes: the first two tables go to
        // levels 2 and 1, the next ones to level 0, and four of those make the pure-Java engine compact them into
        // level-1 tables of its own, in the background. A close abandons a compaction in flight, so the database
        // stays open until one is in the MANIFEST. The native engine's full scan then opens every table.
        try (Database db = open(StorageEngine.JAVA)) {
            for (int round = 0; round < COMPACTED_ROUNDS; round++) {
                for (int n = 0; n < COMPACTED_KEYS; n++) {
                    try (StoreBatch batch = db.batch()) {
                        batch.put(WriterProbe.key(n), WriterProbe.value(round * COMPACTED_KEYS + n)).commit(false);
                    }
                }
            }
            Await.until(COMPACTION, "a level-1 table of the pure-Java compaction, recorded 4 bytes long",
                    () -> !misrecorded(directory).isEmpty());
        }

        try (Database db = open(StorageEngine.NATIVE)) {
            int last = (COMPACTED_ROUNDS - 1) * COMPACTED_KEYS;
            for (int n = 0; n < COMPACTED_KEYS; n++) {
                assertThat(db.get(WriterProbe.key(n))).as("entry %d", n).isEqualTo(WriterProbe.value(last + n));
            }
            assertThat(keys(db, Scan.prefix(new byte[] {'k'}))).hasSize(COMPACTED_KEYS);
            try (StoreBatch batch = db.batch()) {
                batch.delete(WriterProbe.key(0)).commit(true);
            }
        }
        assertThat(misrecorded(directory)).isEmpty();

        try (Database db = open(StorageEngine.JAVA)) {
            assertThat(db.get(WriterProbe.key(0))).isNull();
            assertThat(keys(db, Scan.prefix(new byte[] {'k'}))).hasSize(COMPACTED_KEYS - 1);
        }
    }

    @ParameterizedTest(name = "killed on {0}")
    @EnumSource(StorageEngine.class)
    void dataDirOfAWriterKilledOnOneEngineOpensWithTheOtherHoldingEveryAcknowledgedCommit(StorageEngine writer)
            throws Exception {
        StorageEngine reader = other(writer);
        int acknowledged = killWriterAfterCommits(writer, ACKNOWLEDGED_BEFORE_KILL);

        int last;
        try (Database db = open(reader)) {
            last = ByteBuffer.wrap(db.get(WriterProbe.LAST)).getInt();
            assertThat(last).isGreaterThanOrEqualTo(acknowledged);
            for (int n = 0; n <= last; n++) {
                assertThat(db.get(WriterProbe.key(n))).as("commit %d", n).isEqualTo(WriterProbe.value(n));
            }
            assertThat(db.get(WriterProbe.key(last + 1))).isNull();
            try (StoreBatch batch = db.batch()) {
                batch.put(WriterProbe.key(last + 1), WriterProbe.value(last + 1)).commit(true);
            }
        }

        try (Database db = open(writer)) {
            assertThat(db.get(WriterProbe.key(0))).isEqualTo(WriterProbe.value(0));
            assertThat(db.get(WriterProbe.key(last + 1))).isEqualTo(WriterProbe.value(last + 1));
        }
    }

    /** Runs {@link WriterProbe} on {@code engine} until it reports {@code commits} commits, kills it; the last one. */
    private int killWriterAfterCommits(StorageEngine engine, int commits) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(List.of(java, "-D" + StorageEngine.PROPERTY + "=" + engine.id(),
                "-cp", System.getProperty("java.class.path"), WriterProbe.class.getName(), dataDir.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        int last = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (last < commits - 1 && (line = out.readLine()) != null) {
                if (line.startsWith("COMMITTED ")) {
                    last = Integer.parseInt(line.substring("COMMITTED ".length()));
                }
            }
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(last).as("commits the writer reported before it ended").isEqualTo(commits - 1);
        return last;
    }

    private Database open(StorageEngine engine) {
        return Database.open(dataDir, Database.DEFAULT_CACHE_BYTES, engine);
    }

    private List<Path> tables() throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve(Database.DIRECTORY))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".sst")).toList();
        }
    }

    private static List<Long> misrecorded(File directory) {
        try {
            return TableSizeCorrection.misrecorded(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<byte[]> keys(Database db, Scan scan) {
        List<byte[]> keys = new ArrayList<>();
        db.scan(scan, (key, value) -> keys.add(key));
        return keys;
    }

    private static StorageEngine other(StorageEngine engine) {
        return engine == StorageEngine.NATIVE ? StorageEngine.JAVA : StorageEngine.NATIVE;
    }
}
