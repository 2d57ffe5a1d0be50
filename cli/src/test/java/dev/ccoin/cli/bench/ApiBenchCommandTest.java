package dev.ccoin.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Ccoin;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void measuresBothGetEndpointsAndTheAdmissionRate() {
        try (BenchNode node = BenchNode.start(dir)) {
            Ccoin.Result result = new Ccoin().run("bench", "api", "--api", node.api(), "--seconds", "1",
                    "--connections", "2", "--accounts-dir", node.accounts().toString(), "--transactions", "9",
                    "--warmup-transactions", "3", "--warmup-seconds", "0.2", "--senders", "3");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out())
                    .containsPattern("(?m)^PSS verify +single core: \\d+ verifications/s")
                    .containsPattern("(?m)^GET /blocks/latest +\\d+ requests in \\d+\\.\\d\\d s: +\\d+ req/s; "
                            + "p50 [\\d.]+ ms  p99 [\\d.]+ ms  max [\\d.]+ ms; 0 errors$")
                    .containsPattern("(?m)^GET /accounts/\\{a} +\\d+ requests in .*; 0 errors$")
                    .containsPattern("(?m)^POST /transactions +3 admitted of 3 to warm up \\(not counted\\)$")
                    .containsPattern("(?m)^POST /transactions +9 admitted of 9 in \\d+\\.\\d\\d s: +\\d+ tx/s; "
                            + "p50 .*; refusals none \\(3 senders\\)$")
                    .containsPattern("(?m)^admission/verify +\\d+ tx/s admitted / \\d+ verifications/s on one core");
        }
    }

    @Test
    void withoutAccountsOnlyTheGetsAreMeasured() {
        try (BenchNode node = BenchNode.start(dir)) {
            Ccoin.Result result = new Ccoin().run("bench", "api", "--api", node.api(), "--seconds", "1",
                    "--connections", "1", "--max-requests", "50", "--warmup-seconds", "0");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).containsPattern("(?m)^GET /blocks/latest +50 requests in ")
                    .containsPattern("(?m)^GET /accounts/\\{a} +50 requests in ")
                    .doesNotContain("POST /transactions");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--seconds=0.5", "--connections=0", "--connections=257", "--max-requests=0",
        "--transactions=10001", "--warmup-transactions=5001", "--warmup-seconds=61", "--senders=0",
        "--api=http://127.0.0.1:1,http://127.0.0.1:2"})
    void outOfRangeOptionsAreUsageErrors(String option) {
        Ccoin.Result result = new Ccoin().run("bench", "api", option);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).doesNotContain("api:");
    }
}
