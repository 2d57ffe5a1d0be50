package dev.ccoin.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Ccoin;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoadBenchCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "batch  | 200 | 6000 | POST /transactions/batch, up to 200 per request (MessagePack), at most 6000 waiting "
                    + "for a block",
            "batch  | 2   | 2    | POST /transactions/batch, up to 2 per request (MessagePack), at most 2 waiting for a "
                    + "block",
            "batch  | 5   | 0    | POST /transactions/batch, up to 5 per request (MessagePack), at most unbounded "
                    + "waiting for a block",
            "single | 200 | 6000 | POST /transactions, one per request"})
    void everyAdmittedTransactionIsIncludedOnceAndTheRatesAreReported(String mode, String batchSize,
            String maxPending, String submitLine) {
        try (BenchNode node = BenchNode.start(dir)) {
            Ccoin.Result result = new Ccoin().run("bench", "load", "--api", node.api(), "--accounts-dir",
                    node.accounts().toString(), "--transactions", "14", "--warmup", "6", "--senders", "3",
                    "--duration-limit", "60", "--poll-ms", "20", "--submit", mode, "--batch-size", batchSize, "--max-pending", maxPending);

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out())
                    .contains("load: 14 transactions (after 6 to warm up) from 3 senders over 1 API(s)")
                    .containsPattern("(?m)^submit +" + Pattern.quote(submitLine) + "$")
                    .containsPattern("(?m)^warm-up +6 of 6 admitted and included in ")
                    .containsPattern("(?m)^PSS verify +single core: \\d+ verifications/s")
                    .containsPattern("(?m)^admitted +14 of 14 in \\d+\\.\\d\\d s: \\d+ tx/s$")
                    .containsPattern("(?m)^refusals +none$")
                    .containsPattern("(?m)^included +14 in ")
                    .containsPattern("(?m)^latency +request sent to block seen: p50 ")
                    .containsPattern("(?m)^audit +blocks \\d+\\.\\.\\d+ .*14 of 14 admitted transactions included "
                            + "exactly once; 0 missing, 0 more than once, 0 other transactions -> OK$")
                    .containsPattern("(?m)^agreement +1 node\\(s\\) hold the same block")
                    .containsPattern("(?m)^verify bound +\\d+ cores x \\d+ verifications/s / 1 nodes")
                    .containsPattern("(?m)^target +>= 5000 tx/s included: measured \\d+ tx/s");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--transactions=0", "--transactions=200001", "--warmup=-1", "--senders=0",
        "--duration-limit=4", "--poll-ms=5", "--signing-threads=0", "--api=localhost:8000", "--batch-size=0",
        "--batch-size=1001", "--submit=bulk", "--max-pending=-1"})
    void outOfRangeOptionsAreUsageErrors(String option) {
        Ccoin.Result result = new Ccoin().run("bench", "load", "--accounts-dir", dir.toString(), option);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).doesNotContain("load:");
    }

    @Test
    void anEmptyKeystoreIsAFailureThatSaysWhereToLook() {
        try (BenchNode node = BenchNode.start(dir)) {
            Ccoin.Result result = new Ccoin().run("bench", "load", "--api", node.api(), "--accounts-dir",
                    dir.resolve("nothing").toString());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("no keys in").contains("D/accounts");
        }
    }
}
