package dev.ccoin.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Ccoin;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LightBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void timesAFirstAndAWarmVerifiedBalanceAndComparesHeaderChecksWithTheVerifyRate() {
        Ccoin.Result result = new Ccoin().run("bench", "light", "--blocks", "30", "--timeout", "120",
                "--dir", dir.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .containsPattern("(?m)^light: 30 empty blocks, 1 authority, ")
                .containsPattern("(?m)^first call +\\d+\\.\\d\\d s, process start to exit: balance 3000 at block 30 "
                        + "\\([0-9a-f]{12}…\\), header chain checked from genesis, 1 authority$")
                .containsPattern("(?m)^warm call +\\d+\\.\\d\\d s, process start to exit: balance 3000 at block 30 ")
                .containsPattern("(?m)^round 3 +headers \\d+/s on one thread")
                .containsPattern("(?m)^ratio +headers/pss = \\d+\\.\\d\\d \\(target >= 0\\.8: (met|not met)\\)");
        assertThat(dir.resolve("headers").resolve("headers.log")).exists();
    }

    @Test
    void aDirWithAnEarlierRunIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("node"));

        Ccoin.Result result = new Ccoin().run("bench", "light", "--blocks", "1", "--dir", dir.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("already holds a run");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--blocks=0", "--blocks=200001", "--timeout=9"})
    void outOfRangeOptionsAreUsageErrors(String option) {
        Ccoin.Result result = new Ccoin().run("bench", "light", option);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).doesNotContain("light:");
    }
}
