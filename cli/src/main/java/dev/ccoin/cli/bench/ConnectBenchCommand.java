package dev.ccoin.cli.bench;

import dev.ccoin.cli.command.CcoinProgram;
import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.client.api.NodeClient;
import dev.ccoin.client.model.Status;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.p2p.P2pConfig;
import dev.ccoin.node.p2p.admission.PuzzleSolver;
import dev.ccoin.node.p2p.handshake.NodeKey;
import dev.ccoin.node.p2p.tls.PeerTls;
import dev.ccoin.node.storage.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin bench connect}: what a peer connection costs (protocol §8 steps 1 and 2) and the flood a node absorbs,
 * against a basic node in a child process. First {@code --dials} connections in turn, paced below the node's
 * {@code admission_rate} so that the difficulty stays at its floor, each timed by step ({@link AdmittedDial}: puzzle,
 * solve, TLS 1.3 with both certificates checked), with the node's CPU per connection. Then a baseline of the API's
 * latency ({@link ApiProbe}), and a flood ({@link ConnectionFlood}) of connections that never answer from many
 * loopback addresses while the probe goes on: per second, the connections the node turned away and how (a puzzle
 * sent, or closed at once), its difficulty and the API's latency; once the difficulty is at its ceiling, an honest
 * dial or a few through the flood. Figures are printed, not asserted.
 */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = "The cost of a new peer connection (admission + TLS 1.3) and the connection flood a node turns "
                + "away while its API answers.")
public final class ConnectBenchCommand implements Callable<Integer> {
    /** The API latency the flood target names. */
    static final long API_TARGET_NANOS = 100_000_000L;
    private static final Pattern API_URL = Pattern.compile("API (http://\\S+)/api/v1");
    private static final Duration START_UP = Duration.ofSeconds(60);
    /** Dials per second in the cost phase: below the default {@code p2p.admission_rate} of 20. */
    private static final int DIALS_PER_SECOND = 15;
    private static final int WARM_UP_DIALS = 20;
    private static final int BASELINE_SECONDS = 3;
    private static final long PROBE_INTERVAL_MILLIS = 10;
    /** The node runs with the default P2P settings: the dialler solves what the node may ask at most. */
    private static final P2pConfig NODE_P2P = P2pConfig.defaults();

    @Spec
    private CommandSpec spec;

    @Option(names = "--dials", paramLabel = "N", defaultValue = "150",
            description = "connections timed at the floor difficulty, 1..5000 (default: ${DEFAULT-VALUE})")
    private int dials;

    @Option(names = "--flood-seconds", paramLabel = "S", defaultValue = "20",
            description = "how long the flood lasts, 2..120 s (default: ${DEFAULT-VALUE})")
    private int floodSeconds;

    @Option(names = "--flood-threads", paramLabel = "T", defaultValue = "32",
            description = "flooding threads, each one connection at a time, 1..256 (default: ${DEFAULT-VALUE})")
    private int floodThreads;

    @Option(names = "--flood-addresses", paramLabel = "N", defaultValue = "65024",
            description = "loopback source addresses of the flood, in turn from 127.1.0.1, 1..10160000 (default: "
                    + "${DEFAULT-VALUE}: each fails too rarely to be refused at accept; 254 shows the refusal)")
    private int floodAddresses;

    @Option(names = "--flood-dials", paramLabel = "N", defaultValue = "3",
            description = "honest connections through the flood once its difficulty is at the ceiling, 0..20 "
                    + "(default: ${DEFAULT-VALUE})")
    private int floodDials;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "where the node's data dir and log go (default: a new temporary dir, deleted after)")
    private Path dir;

    @Override
    public Integer call() throws InterruptedException, IOException {
        if (dials < 1 || dials > 5_000 || floodSeconds < 2 || floodSeconds > 120 || floodThreads < 1
                || floodThreads > 256 || floodDials < 0 || floodDials > 20 || floodAddresses < 1
                || floodAddresses > ConnectionFlood.MAX_ADDRESSES) {
            throw new ParameterException(spec.commandLine(), "--dials must be 1..5000, --flood-seconds 2..120, "
                    + "--flood-threads 1..256, --flood-addresses 1.." + ConnectionFlood.MAX_ADDRESSES
                    + " and --flood-dials 0..20");
        }
        boolean temporary = dir == null;
        Path work = temporary ? Files.createTempDirectory("ccoin-bench-connect-") : Files.createDirectories(dir);
        try {
            return run(spec.commandLine().getOut(), work);
        } finally {
            if (temporary) {
                SyncBenchCommand.delete(work);
            }
        }
    }

    private int run(PrintWriter out, Path work) throws InterruptedException, IOException {
        Path dataDir = work.resolve("node");
        if (Files.exists(dataDir)) {
            throw new CommandFailure(work + " already holds a run (node/); give an empty --dir");
        }
        ChainGenerator.Generated chain = new ChainGenerator(1).generate(1, 0, work.resolve("chain.bin"));
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, chain.params());
        }
        ExecutorService solving = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "ccoin-bench-solve");
            thread.setDaemon(true);
            return thread;
        });
        try (BenchProcess node = BenchProcess.start(CcoinProgram.of(spec), "node", work.resolve("node.log"), "node",
                "--type", "basic", "--data-dir", dataDir.toString(), "--p2p-port", "0", "--api-port", "0")) {
            NodeClient api = NodeClient.of(URI.create(node.awaitLine(API_URL, START_UP)));
            Status status = api.status();
            Address nodeId = status.node().orElseThrow(() -> new CommandFailure("the node has no node id"));
            int port = status.p2pPort();
            NodeKey dialler = NodeKey.of(RsaKeys.generate(RsaKeys.DEFAULT_BITS, new SecureRandom()));
            AdmittedDial dial = new AdmittedDial(PeerTls.of(dialler),
                    new PuzzleSolver(solving, NODE_P2P.maxSolveBits()));
            out.printf(Locale.ROOT, "connect: node %s on 127.0.0.1:%d, admission bits %d (ceiling %d), TLS %s%n",
                    nodeId.toHex(), port, status.admission().bits(), NODE_P2P.maxAdmissionBits(),
                    PeerTls.PROTOCOL);
            out.flush();
            costAtTheFloor(out, node, dial, port, nodeId);
            flood(out, api, dial, port, nodeId);
            printNodeCounters(out, api);
        } finally {
            solving.shutdownNow();
        }
        return 0;
    }

    private void costAtTheFloor(PrintWriter out, BenchProcess node, AdmittedDial dial, int port, Address nodeId)
            throws InterruptedException, IOException {
        Pace pace = new Pace(DIALS_PER_SECOND);
        for (int i = 0; i < WARM_UP_DIALS; i++) {
            pace.next();
            dial.dial(port, nodeId);
        }
        long[] total = new long[dials];
        long[] puzzle = new long[dials];
        long[] solve = new long[dials];
        long[] tls = new long[dials];
        int maxBits = 0;
        Duration cpuBefore = node.cpu().orElse(Duration.ZERO);
        for (int i = 0; i < dials; i++) {
            pace.next();
            AdmittedDial.Steps steps = dial.dial(port, nodeId);
            total[i] = steps.totalNanos();
            puzzle[i] = steps.puzzleNanos();
            solve[i] = steps.solveNanos();
            tls[i] = steps.tlsNanos();
            maxBits = Math.max(maxBits, steps.bits());
        }
        Duration nodeCpu = node.cpu().orElse(Duration.ZERO).minus(cpuBefore);
        out.printf(Locale.ROOT, "dials         %d connections, %d a second, puzzles of at most %d bits%n", dials,
                DIALS_PER_SECOND, maxBits);
        out.printf(Locale.ROOT, "  connection  %s (connect to TLS done)%n", Percentiles.of(total, dials).millis());
        out.printf(Locale.ROOT, "  puzzle      %s (TCP connect, PUZ read)%n", Percentiles.of(puzzle, dials).millis());
        out.printf(Locale.ROOT, "  solve       %s%n", Percentiles.of(solve, dials).millis());
        out.printf(Locale.ROOT, "  tls         %s (SOL sent, TLS 1.3 with both certificates checked)%n",
                Percentiles.of(tls, dials).millis());
        out.printf(Locale.ROOT, "  node CPU    %.2f ms per connection (%s over the timed dials)%n",
                nodeCpu.toNanos() / 1e6 / dials, nodeCpu.isZero() ? "not known here" : "measured");
        out.flush();
    }

    private void flood(PrintWriter out, NodeClient api, AdmittedDial dial, int port, Address nodeId)
            throws InterruptedException, IOException {
        Duration limit = Duration.ofSeconds(BASELINE_SECONDS + floodSeconds + 60L);
        try (ApiProbe probe = ApiProbe.start(api.base() + "/api/v1/status", PROBE_INTERVAL_MILLIS, limit)) {
            Thread.sleep(BASELINE_SECONDS * 1_000L);
            ConnectionFlood flood = new ConnectionFlood(port, floodAddresses, floodThreads, floodSeconds);
            List<Thread> threads = flood.start();
            List<String> through = floodDials(probe, flood, dial, port, nodeId);
            ConnectionFlood.await(threads);
            probe.stop();
            new FloodReport(probe, flood, floodSeconds, floodThreads, floodAddresses, NODE_P2P.maxAdmissionBits())
                    .print(out);
            through.forEach(line -> out.printf(Locale.ROOT, "%s%n", line));
            out.flush();
        }
    }

    /** Honest dials once the probe sees the flood's difficulty at its ceiling, while the flood lasts. */
    private List<String> floodDials(ApiProbe probe, ConnectionFlood flood, AdmittedDial dial, int port,
            Address nodeId) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        long end = flood.startedNanos() + TimeUnit.SECONDS.toNanos(floodSeconds);
        while (lines.size() < floodDials && System.nanoTime() < end) {
            List<ApiProbe.Sample> samples = probe.samples();
            int bits = samples.isEmpty() ? -1 : samples.get(samples.size() - 1).bits();
            if (bits < NODE_P2P.maxAdmissionBits()) {
                Thread.sleep(PROBE_INTERVAL_MILLIS);
                continue;
            }
            long started = System.nanoTime();
            try {
                AdmittedDial.Steps steps = dial.dial(port, nodeId);
                lines.add(String.format(Locale.ROOT, "peer dial     through the flood at %d bits: %.0f ms (solve "
                        + "%.0f ms, TLS %.1f ms), %.1f s into the flood", steps.bits(), steps.totalNanos() / 1e6,
                        steps.solveNanos() / 1e6, steps.tlsNanos() / 1e6, (started - flood.startedNanos()) / 1e9));
            } catch (IOException e) {
                lines.add(String.format(Locale.ROOT, "peer dial     through the flood failed after %.0f ms: %s",
                        (System.nanoTime() - started) / 1e6, e.getMessage()));
            }
        }
        if (lines.isEmpty() && floodDials > 0) {
            lines.add("peer dial     none: the difficulty did not reach " + NODE_P2P.maxAdmissionBits()
                    + " bits during the flood");
        }
        return lines;
    }

    private static void printNodeCounters(PrintWriter out, NodeClient api) {
        String metrics = api.metrics();
        StringBuilder line = new StringBuilder("node counted ");
        for (String name : List.of("ccoin_admission_puzzles_issued_total", "ccoin_admission_puzzles_solved_total",
                "ccoin_admission_puzzles_failed_total", "ccoin_admission_refused_total",
                "ccoin_admission_refused_ips", "ccoin_admission_bits")) {
            metrics.lines().filter(l -> l.startsWith(name + " ")).findFirst()
                    .ifPresent(l -> line.append(' ').append(l.substring("ccoin_admission_".length())));
        }
        out.println(line);
        out.flush();
    }

    /** Start times {@code 1 / perSecond} apart: {@link #next} waits for the next one. */
    private static final class Pace {
        private final long intervalNanos;
        private long next = System.nanoTime();

        Pace(int perSecond) {
            this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        }

        void next() throws InterruptedException {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            next = Math.max(next, System.nanoTime()) + intervalNanos;
        }
    }
}
