package dev.ccoin.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Ccoin;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyncBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void importsAndSyncsASmallChainAndComparesTheRates() {
        Ccoin.Result result = new Ccoin().run("bench", "sync", "--blocks", "40", "--runs", "1", "--timeout", "120",
                "--dir", dir.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .containsPattern("(?m)^generated +40 blocks, ")
                .containsPattern("(?m)^import 1 +40 blocks in \\d+\\.\\d\\d s from process start: \\d+ blocks/s")
                .containsPattern("(?m)^sync 1 +40 blocks in \\d+\\.\\d\\d s from process start: \\d+ blocks/s "
                        + "\\(process .*serving node")
                .containsPattern("(?m)^ratio +sync/import = \\d+\\.\\d\\d \\(target >= 0\\.8: (met|not met)\\)$");
        assertThat(dir.resolve("synced-node-1.log")).exists();
    }

    @Test
    void aDirWithAnEarlierRunIsRefused() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("imported-1"));

        Ccoin.Result result = new Ccoin().run("bench", "sync", "--blocks", "1", "--dir", dir.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("already holds a run");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--blocks=0", "--blocks=200001", "--transactions-per-block=101", "--runs=0",
        "--runs=11", "--timeout=9"})
    void outOfRangeOptionsAreUsageErrors(String option) {
        Ccoin.Result result = new Ccoin().run("bench", "sync", option);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).doesNotContain("sync:");
    }
}
