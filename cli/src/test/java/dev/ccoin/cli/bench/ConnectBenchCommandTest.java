package dev.ccoin.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Ccoin;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void timesConnectionsByStepThenFloodsTheNodeWhileProbingItsApi() {
        Ccoin.Result result = new Ccoin().run("bench", "connect", "--dials", "3", "--flood-seconds", "2",
                "--flood-threads", "2", "--flood-addresses", "3", "--flood-dials", "0", "--dir", dir.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .containsPattern("(?m)^connect: node [0-9a-f]{40} on 127\\.0\\.0\\.1:\\d+, admission bits 8 "
                        + "\\(ceiling 24\\), TLS TLSv1\\.3$")
                .containsPattern("(?m)^dials +3 connections, 15 a second, puzzles of at most 8 bits$")
                .containsPattern("(?m)^  tls +p50 \\d+\\.\\d\\d ms")
                .containsPattern("(?m)^  node CPU +\\d+\\.\\d\\d ms per connection")
                .containsPattern("(?m)^api before +p50 ")
                .containsPattern("(?m)^flood +2 threads, one connection at a time each, from 3 loopback addresses")
                .containsPattern("(?m)^2 +\\d+ +\\d+ +\\d+ +\\d+ ")
                // Three addresses fail five times each within the first second, then are refused at accept.
                .containsPattern("(?m)^node counted +puzzles_issued_total \\d+ puzzles_solved_total 23 "
                        + "puzzles_failed_total \\d+ refused_total [1-9]\\d* refused_ips 3 ");
    }

    @Test
    void floodAddressesRunFrom127Dot1AndNeverReachTheDialler() {
        assertThat(ConnectionFlood.source(0)).isEqualTo("127.1.0.1");
        assertThat(ConnectionFlood.source(253)).isEqualTo("127.1.0.254");
        assertThat(ConnectionFlood.source(254)).isEqualTo("127.1.1.1");
        assertThat(ConnectionFlood.source(256 * 254)).isEqualTo("127.2.0.1");
        assertThat(ConnectionFlood.source(ConnectionFlood.MAX_ADDRESSES - 1)).isEqualTo("127.200.255.254");
    }

    @Test
    void aDirWithAnEarlierRunIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("node"));

        Ccoin.Result result = new Ccoin().run("bench", "connect", "--dir", dir.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("already holds a run");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--dials=0", "--flood-seconds=1", "--flood-threads=257", "--flood-addresses=0",
        "--flood-dials=21"})
    void outOfRangeOptionsAreUsageErrors(String option) {
        Ccoin.Result result = new Ccoin().run("bench", "connect", option);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).doesNotContain("connect:");
    }
}
