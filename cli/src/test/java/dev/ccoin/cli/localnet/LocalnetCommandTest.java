package dev.ccoin.cli.localnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Ccoin;
import dev.ccoin.cli.ChildProcess;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ccoin localnet} as a user runs it, in a child process: it comes up, a dev account can pay another straight
 * away through the basic node, a second localnet on the same dir is refused, Ctrl-C (SIGTERM) stops every process,
 * and running it again resumes the chain.
 */
class LocalnetCommandTest {
    private static final Duration STARTUP = Duration.ofSeconds(150);
    private static final Pattern ROW = Pattern.compile("^(validator|basic|discovery)\\s.*\\s(\\d+)$");
    private static final Pattern ACCOUNT = Pattern.compile("^  ([0-9a-f]{40})$");
    private static final Pattern BASIC_API = Pattern.compile("^basic\\s+(http://127\\.0\\.0\\.1:\\d+)/api/v1");

    @TempDir
    Path dir;

    @Test
    void runsAPayingNetworkStopsCleanlyAndResumes() {
        int base = freePortRange(12);
        String[] args = {"localnet", "--validators", "2", "--basic", "1", "--accounts", "2", "--interval", "1",
                "--dir", dir.toString(), "--api-port", Integer.toString(base), "--p2p-port", Integer.toString(base + 4),
                "--discovery-port", Integer.toString(base + 8)};
        List<String> firstRun;
        try (ChildProcess localnet = ChildProcess.start(args)) {
            localnet.awaitLines(line -> line.startsWith("logs in"), 1, STARTUP);
            firstRun = localnet.lines();
            List<String> accounts = matches(firstRun, ACCOUNT);
            String basicApi = matches(firstRun, BASIC_API).get(0);

            Ccoin.Result sent = new Ccoin().run("tx", "send", "--data-dir", dir.resolve("accounts").toString(),
                    "--from", accounts.get(0), "--to", accounts.get(1), "--amount", "5", "--api", basicApi, "--wait");
            assertThat(sent.exitCode()).as(sent.err()).isZero();
            assertThat(sent.out()).contains("included in block");

            try (ChildProcess second = ChildProcess.start(args)) {
                assertThat(second.waitFor(Duration.ofSeconds(60))).isEqualTo(1);
                assertThat(second.tail()).contains("already running");
            }

            assertThat(localnet.terminate(Duration.ofSeconds(60))).isNotEqualTo(-1);
        }
        for (String pid : matches(firstRun, ROW)) {
            assertThat(ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive)).as("process " + pid)
                    .isIn(Optional.empty(), Optional.of(false));
        }

        try (ChildProcess again = ChildProcess.start(args)) {
            again.awaitLines(line -> line.startsWith("logs in"), 1, STARTUP);
            assertThat(again.lines()).anyMatch(line -> line.startsWith("resuming the localnet"));
            again.terminate(Duration.ofSeconds(60));
        }
    }

    @Test
    void inProcessRunsTheWholeNetworkInOneJvmAndStopsItAsOne() throws Exception {
        int base = freePortRange(12);
        String[] args = {"localnet", "--in-process", "--validators", "2", "--basic", "1", "--accounts", "2",
                "--interval", "1", "--dir", dir.toString(), "--api-port", Integer.toString(base),
                "--p2p-port", Integer.toString(base + 4), "--discovery-port", Integer.toString(base + 8)};
        List<String> lines;
        try (ChildProcess localnet = ChildProcess.start(args)) {
            localnet.awaitLines(line -> line.startsWith("logs in"), 1, STARTUP);
            lines = localnet.lines();
            List<String> accounts = matches(lines, ACCOUNT);

            Ccoin.Result sent = new Ccoin().run("tx", "send", "--data-dir", dir.resolve("accounts").toString(),
                    "--from", accounts.get(0), "--to", accounts.get(1), "--amount", "5",
                    "--api", matches(lines, BASIC_API).get(0), "--wait");
            assertThat(sent.exitCode()).as(sent.err()).isZero();
            assertThat(sent.out()).contains("included in block");

            assertThat(localnet.terminate(Duration.ofSeconds(60))).isNotEqualTo(-1);
        }
        assertThat(matches(lines, ROW)).hasSize(4).containsOnly(matches(lines, ROW).get(0));
        assertThat(lines).anyMatch(line -> line.contains("all in this one JVM"));
        assertThat(Files.readString(dir.resolve("logs").resolve("localnet.log")))
                .contains("node running on").contains("node stopped at head");
    }

    @Test
    void lanNetworkHasNoDiscoveryServiceAndStillPays() {
        int base = freePortRange(12);
        String[] args = {"localnet", "--lan", "--in-process", "--validators", "2", "--basic", "1", "--accounts", "2",
                "--interval", "1", "--dir", dir.toString(), "--api-port", Integer.toString(base),
                "--p2p-port", Integer.toString(base + 4)};
        try (ChildProcess localnet = ChildProcess.start(args)) {
            localnet.awaitLines(line -> line.startsWith("logs in"), 1, STARTUP);
            List<String> lines = localnet.lines();
            assertThat(lines).noneMatch(line -> line.startsWith("discovery "))
                    .anyMatch(line -> line.contains("LAN announcements on lo"));
            List<String> accounts = matches(lines, ACCOUNT);

            Ccoin.Result sent = new Ccoin().run("tx", "send", "--data-dir", dir.resolve("accounts").toString(),
                    "--from", accounts.get(0), "--to", accounts.get(1), "--amount", "5",
                    "--api", matches(lines, BASIC_API).get(0), "--wait");
            assertThat(sent.exitCode()).as(sent.err()).isZero();
            assertThat(sent.out()).contains("included in block");

            // Each connection was dialled by one side, which learnt of the other on the LAN.
            StringBuilder peers = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                peers.append(new Ccoin().run("peers", "--json", "--api", "http://127.0.0.1:" + (base + i)).out());
            }
            assertThat(peers.toString()).containsPattern("\"source\"\\s*:\\s*\"lan\"")
                    .doesNotContainPattern("\"source\"\\s*:\\s*\"(discovery|bootnode)\"");
            assertThat(localnet.terminate(Duration.ofSeconds(60))).isNotEqualTo(-1);
        }
    }

    private static List<String> matches(List<String> lines, Pattern pattern) {
        return lines.stream().map(pattern::matcher).filter(Matcher::find).map(m -> m.group(m.groupCount())).toList();
    }

    /** A base port whose next {@code count} ports are free now. */
    private static int freePortRange(int count) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(20_000, 60_000);
            if (allFree(base, count)) {
                return base;
            }
        }
        throw new AssertionError("no free port range found");
    }

    private static boolean allFree(int base, int count) {
        for (int port = base; port < base + count; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
