package dev.ccoin.cli.localnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Ccoin;
import dev.ccoin.cli.ChildProcess;
import dev.ccoin.core.crypto.Sha256;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ccoin localnet} as a user runs it, in a child process: it comes up, a dev account can pay another straight
 * away through the basic node, a second localnet on the same dir is refused, Ctrl-C (SIGTERM) stops every process,
 * and running it again resumes the chain; whole-network snapshots are saved and restored only while it is stopped.
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

            String recipient = "ab".repeat(20);
            Ccoin.Result funded = new Ccoin().run("localnet", "fund", recipient, "7", "--dir", dir.toString(),
                    "--api", matches(lines, BASIC_API).get(0));
            assertThat(funded.exitCode()).as(funded.err()).isZero();
            assertThat(funded.out()).contains("included in block");
            Ccoin.Result balance = new Ccoin().run("balance", recipient, "--json", "--api",
                    matches(lines, BASIC_API).get(0));
            assertThat(balance.out().replace(" ", "")).contains("\"balance\":7,");

            assertThat(localnet.terminate(Duration.ofSeconds(60))).isNotEqualTo(-1);
        }
        Ccoin.Result stopped = new Ccoin().run("localnet", "fund", "ab".repeat(20), "7", "--dir", dir.toString());
        assertThat(stopped.exitCode()).isEqualTo(1);
        assertThat(stopped.err()).contains("is stopped; start it to fund an account");
        assertThat(matches(lines, ROW)).hasSize(4).containsOnly(matches(lines, ROW).get(0));
        assertThat(lines).anyMatch(line -> line.contains("all in this one JVM"));
        int target = lines.indexOf("prometheus scrape targets (metrics_path /metrics; docs/prometheus.yml, "
                + "docs/grafana/ccoin.json):");
        assertThat(target).isNotNegative();
        assertThat(lines.get(target + 1)).isEqualTo("  127.0.0.1:" + base + ", 127.0.0.1:" + (base + 1)
                + ", 127.0.0.1:" + (base + 2));
        assertThat(Files.readString(dir.resolve("logs").resolve("localnet.log")))
                .contains("node running on").contains("node stopped at head");
    }

    @Test
    void snapshotsAreSavedAndRestoredAndResetOnlyWhileTheNetworkIsStopped() throws Exception {
        int base = freePortRange(12);
        String[] args = {"localnet", "--in-process", "--validators", "1", "--basic", "0", "--accounts", "1",
                "--interval", "1", "--dir", dir.toString(), "--api-port", Integer.toString(base),
                "--p2p-port", Integer.toString(base + 4), "--discovery-port", Integer.toString(base + 8)};
        Ccoin ccoin = new Ccoin();
        Ccoin.Result noNetwork = ccoin.run("localnet", "snapshot", "save", "empty", "--dir", dir.toString());
        assertThat(noNetwork.exitCode()).isEqualTo(1);
        assertThat(noNetwork.err()).contains("no localnet in");
        Ccoin.Result noFunds = ccoin.run("localnet", "fund", "ab".repeat(20), "7", "--dir", dir.toString());
        assertThat(noFunds.exitCode()).isEqualTo(1);
        assertThat(noFunds.err()).contains("no localnet in");

        try (ChildProcess localnet = ChildProcess.start(args)) {
            localnet.awaitLines(line -> line.startsWith("logs in"), 1, STARTUP);
            Ccoin.Result whileRunning = ccoin.run("localnet", "snapshot", "save", "first", "--dir", dir.toString());
            assertThat(whileRunning.exitCode()).isEqualTo(1);
            assertThat(whileRunning.err()).contains("is running; stop it to save a snapshot");
            assertThat(dir.resolve("snapshots").resolve("first")).doesNotExist();
            assertThat(localnet.terminate(Duration.ofSeconds(60))).isNotEqualTo(-1);
        }

        Ccoin.Result saved = ccoin.run("localnet", "snapshot", "save", "first", "--dir", dir.toString());
        assertThat(saved.exitCode()).as(saved.err()).isZero();
        Map<String, String> atSave = networkFiles(dir);
        assertThat(networkFiles(dir.resolve("snapshots").resolve("first"))).isEqualTo(atSave);
        assertThat(atSave).containsKey("genesis.json").containsKey("accounts").containsKey("node-0");
        Ccoin.Result again = ccoin.run("localnet", "snapshot", "save", "first", "--dir", dir.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("exists already");

        try (ChildProcess resumed = ChildProcess.start(args)) {
            resumed.awaitLines(line -> line.startsWith("logs in"), 1, STARTUP);
            Ccoin.Result restoreWhileRunning = ccoin.run("localnet", "snapshot", "restore", "first", "--dir",
                    dir.toString());
            assertThat(restoreWhileRunning.exitCode()).isEqualTo(1);
            assertThat(restoreWhileRunning.err()).contains("is running; stop it to restore a snapshot");
            assertThat(resumed.terminate(Duration.ofSeconds(60))).isNotEqualTo(-1);
        }
        Map<String, String> afterRun = networkFiles(dir);
        assertThat(afterRun).isNotEqualTo(atSave);

        Ccoin.Result unknown = ccoin.run("localnet", "snapshot", "restore", "second", "--dir", dir.toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no snapshot second").contains("saved: first");
        assertThat(networkFiles(dir)).isEqualTo(afterRun);

        Ccoin.Result restored = ccoin.run("localnet", "snapshot", "restore", "first", "--dir", dir.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(networkFiles(dir)).isEqualTo(atSave);
        assertThat(ccoin.run("localnet", "snapshot", "list", "--dir", dir.toString()).lines()).containsExactly("first");

        try (ChildProcess fromSnapshot = ChildProcess.start(args)) {
            fromSnapshot.awaitLines(line -> line.startsWith("logs in"), 1, STARTUP);
            assertThat(fromSnapshot.lines()).anyMatch(line -> line.startsWith("resuming the localnet"));
            String genesisRunning = Files.readString(dir.resolve("genesis.json"));
            try (ChildProcess resetWhileRunning = ChildProcess.start(withReset(args))) {
                assertThat(resetWhileRunning.waitFor(Duration.ofSeconds(60))).isEqualTo(1);
                assertThat(resetWhileRunning.tail()).contains("already running");
            }
            assertThat(Files.readString(dir.resolve("genesis.json"))).isEqualTo(genesisRunning);
            assertThat(dir.resolve("node-0").resolve("chain")).isDirectory();
            fromSnapshot.terminate(Duration.ofSeconds(60));
        }

        String genesis = Files.readString(dir.resolve("genesis.json"));
        try (ChildProcess fresh = ChildProcess.start(withReset(args))) {
            fresh.awaitLines(line -> line.startsWith("logs in"), 1, STARTUP);
            assertThat(fresh.lines()).anyMatch(line -> line.startsWith("creating a localnet"));
            fresh.terminate(Duration.ofSeconds(60));
        }
        assertThat(Files.readString(dir.resolve("genesis.json"))).isNotEqualTo(genesis);
        assertThat(networkFiles(dir.resolve("snapshots").resolve("first"))).isEqualTo(atSave);
    }

    private static String[] withReset(String[] args) {
        String[] reset = Arrays.copyOf(args, args.length + 1);
        reset[args.length] = "--reset";
        return reset;
    }

    /** Each file of the network under {@code root} (snapshots, logs and the lock aside) by path, with its digest. */
    private static Map<String, String> networkFiles(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String top = relative.split("/")[0];
                if (!Set.of("snapshots", "logs", "localnet.lock").contains(top)) {
                    files.put(relative, Sha256.hash(Files.readAllBytes(file)).toHex());
                    files.putIfAbsent(top, "");
                }
            }
        }
        return files;
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
