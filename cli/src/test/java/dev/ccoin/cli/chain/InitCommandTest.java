package dev.ccoin.cli.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Ccoin;
import dev.ccoin.core.testing.Vectors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
    @TempDir
    Path dir;

    private Path genesis(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    private Ccoin.Result init(Path genesis, Path dataDir) {
        return new Ccoin().run("init", "--genesis", genesis.toString(), "--data-dir", dataDir.toString());
    }

    @Test
    void vectorGenesisPrintsThePublishedHash() throws IOException {
        Ccoin.Result result = init(genesis("genesis.json", Vectors.resourceText("genesis.json")), dir.resolve("node"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().trim()).isEqualTo(Vectors.text("genesis.json", "hash"));
    }

    @Test
    void secondRunWithTheSameFileChangesNothing() throws IOException {
        Path file = genesis("genesis.json", Vectors.resourceText("genesis.json"));
        init(file, dir.resolve("node"));

        Ccoin.Result again = init(file, dir.resolve("node"));

        assertThat(again.exitCode()).isZero();
        assertThat(again.out().trim()).isEqualTo(Vectors.text("genesis.json", "hash"));
        assertThat(again.err()).contains("already initialised");
    }

    @Test
    void differentGenesisIsRefusedNamingBothHashes() throws IOException {
        init(genesis("genesis.json", Vectors.resourceText("genesis.json")), dir.resolve("node"));
        Path other = genesis("other.json", Vectors.resourceText("genesis.json").replace("\"network_id\": 42", "\"network_id\": 43"));

        Ccoin.Result result = init(other, dir.resolve("node"));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(Vectors.text("genesis.json", "hash")).contains("not ");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void malformedGenesisNamesTheKeyAndWritesNothing() throws IOException {
        Path bad = genesis("bad.json", "{\"miners\":[\"5e0de7ab015db1f76a3c8676827d831f0c46aaf4\"],\"block_minnig\":{}}");

        Ccoin.Result result = init(bad, dir.resolve("node"));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("UNKNOWN_KEY", "block_minnig", "bad.json");
        assertThat(dir.resolve("node")).doesNotExist();
    }

    @Test
    void missingGenesisFileIsAFailureNotACrash() {
        Ccoin.Result result = init(dir.resolve("nope.json"), dir.resolve("node"));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("cannot read genesis file");
    }

    @Test
    void missingGenesisOptionIsAUsageError() {
        assertThat(new Ccoin().run("init").exitCode()).isEqualTo(2);
    }
}
