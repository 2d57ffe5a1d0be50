package dev.ccoin.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class PowBenchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void benchPowPrintsASolveTimeTableAndTheRatePerThreadCount() {
        int exit = run("bench", "pow", "--bits", "8..10", "--runs", "2", "--threads", "2");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("engine: jdk-intrinsic")
                .contains("bits  runs    total s  average s      MH/s")
                .containsPattern("(?m)^ {3}8 {5}2 +\\d+\\.\\d{3} +\\d+\\.\\d{3} +\\d+\\.\\d{2}$")
                .containsPattern("(?m)^ {3}9 {5}2 ")
                .containsPattern("(?m)^ {2}10 {5}2 ")
                .contains("hash rate by thread count")
                .containsPattern("(?m)^ {6}1 +\\d+\\.\\d{2} +\\d+\\.\\d{2} +1\\.00x$")
                .containsPattern("(?m)^ {6}2 +\\d+\\.\\d{2} +\\d+\\.\\d{2} +\\d+\\.\\d{2}x$");
        assertThat(err.toString()).contains("bits 10 run 2/2").contains("measuring 2 threads");
    }

    @Test
    void aSingleDifficultyIsAOneRowTable() {
        int exit = run("bench", "pow", "--bits", "9", "--runs", "1", "--threads", "1", "--seconds", "0.1");

        assertThat(exit).isZero();
        assertThat(out.toString()).containsPattern("(?m)^ {3}9 {5}1 ").doesNotContainPattern("(?m)^ {2}10 ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "41", "20..16", "8..", "..8", "8...9", "-3"})
    void badBitsIsAUsageError(String bits) {
        int exit = run("bench", "pow", "--bits", bits);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--bits");
        assertThat(out.toString()).doesNotContain("engine:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--threads=0", "--runs=0", "--seconds=0"})
    void outOfRangeCountsAreUsageErrors(String option) {
        assertThat(run("bench", "pow", "--bits", "8", option)).isEqualTo(2);
        assertThat(err.toString()).contains(option.substring(0, option.indexOf('=')));
    }

    @Test
    void benchWithoutASubcommandIsAUsageError() {
        assertThat(run("bench")).isEqualTo(2);
        assertThat(err.toString()).contains("pow");
    }
}
