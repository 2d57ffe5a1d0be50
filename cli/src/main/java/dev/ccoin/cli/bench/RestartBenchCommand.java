package dev.ccoin.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.client.api.ApiException;
import dev.ccoin.client.api.NodeClient;
import dev.ccoin.cli.command.CcoinProgram;
import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.storage.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin bench restart}: how long a node takes to serve again after {@code kill -9} with its last blocks'
 * state not committed, against a restart after a clean stop (protocol §12). Generates {@code --blocks} blocks of
 * {@code --transactions-per-block} transfers to new accounts, imports them into a source data dir and serves it from
 * a basic node; a fresh basic node syncs the chain from it over loopback, so its state is held in memory, not
 * committed (the chain is shorter than {@code state_commit_blocks}), and is killed with SIGKILL. Then, {@code --runs}
 * times each, alternately, a copy of that killed data dir and a copy of one stopped cleanly are started as basic
 * nodes without peers, each timed from its process start until its API answers {@code /status} and until that
 * status names the chain's head; the killed one's log line says how many blocks it re-executed and in how long.
 * Every wait is bounded by {@code --timeout}; figures are printed, not asserted.
 */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Seconds until a node serves again after kill -9 with uncommitted blocks, against a clean stop.")
public final class RestartBenchCommand implements Callable<Integer> {
    private static final Pattern API_URL = Pattern.compile("API listening on (http://\\S+)");
    private static final Pattern REEXECUTED = Pattern.compile("(re-executed \\d+ blocks from the state at height \\d+ "
            + "up to \\d+ in \\d+ ms)");
    private static final Duration START_UP = Duration.ofSeconds(60);
    private static final Duration STOP = Duration.ofSeconds(60);
    private static final long POLL_MS = 10;
    /** A JVM stopped by SIGTERM exits with 128 + 15 once its shutdown hooks (the node's clean stop) have run. */
    private static final int EXIT_ON_SIGTERM = 143;

    @Spec
    private CommandSpec spec;

    @Option(names = "--blocks", paramLabel = "N", defaultValue = "127",
            description = "blocks in the generated chain, all left uncommitted by the kill: 1..127 (default: "
                    + "${DEFAULT-VALUE})")
    private int blocks;

    @Option(names = "--transactions-per-block", paramLabel = "T", defaultValue = "500",
            description = "transfers in each block, each to a new account, 0..2000 (default: ${DEFAULT-VALUE})")
    private int perBlock;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "3",
            description = "restarts of each kind, alternated; medians compared, 1..10 (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "where the chain file, data dirs and logs go (default: a new temporary dir, deleted after)")
    private Path dir;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "600",
            description = "longest wait for the import, the sync and each restart, 10..7200 s (default: "
                    + "${DEFAULT-VALUE})")
    private int timeoutSeconds;

    /** One restart: seconds from process start until {@code /status} answers and until it names the head. */
    private record Restart(double serving, double atHead, String log) {
    }

    @Override
    public Integer call() throws InterruptedException, IOException {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = dir == null;
        Path work = temporary ? Files.createTempDirectory("ccoin-bench-restart-") : Files.createDirectories(dir);
        try {
            return run(out, work);
        } finally {
            if (temporary) {
                SyncBenchCommand.delete(work);
            }
        }
    }

    private int run(PrintWriter out, Path work) throws InterruptedException {
        if (Files.exists(work.resolve("source"))) {
            throw new CommandFailure(work + " already holds a run (source/); give an empty --dir");
        }
        out.printf(Locale.ROOT, "restart: %d blocks of %d transfers to new accounts, %d restart(s) of each kind, in "
                + "%s%n", blocks, perBlock, runs, work);
        out.flush();
        long started = System.nanoTime();
        Path chainFile = work.resolve("chain.bin");
        ChainGenerator.Generated chain = new ChainGenerator(Runtime.getRuntime().availableProcessors())
                .generate(blocks, perBlock, ChainGenerator.Recipients.FRESH, chainFile);
        String head = chain.headHash().toHex();
        out.printf(Locale.ROOT, "generated     %d blocks, %.1f MB, in %.1f s; head %s%n", chain.headHeight(),
                chain.bytes() / 1e6, (System.nanoTime() - started) / 1e9, head);
        out.flush();
        Path source = initialised(work.resolve("source"), chain);
        try (BenchProcess importer = BenchProcess.start(CcoinProgram.of(spec), "ccoin import",
                work.resolve("import.log"), "import", "--data-dir", source.toString(), chainFile.toString())) {
            int exit = importer.awaitExit(Duration.ofSeconds(timeoutSeconds), new Duration[] {Duration.ZERO});
            if (exit != 0) {
                throw new CommandFailure("ccoin import failed with exit code " + exit + ": " + importer.tail());
            }
        }
        Path killed = work.resolve("killed");
        syncAndKill(work, source, initialised(killed, chain), head);
        out.printf(Locale.ROOT, "killed        a node synced to the head with kill -9 (SIGKILL); its data dir is "
                + "copied for each restart%n");
        out.flush();

        double[] afterKill = new double[runs];
        double[] afterStop = new double[runs];
        Path stopped = work.resolve("stopped");
        for (int run = 1; run <= runs; run++) {
            Path copy = copy(killed, work.resolve("after-kill-" + run));
            Restart k = restart(work, "after-kill-" + run, copy, head);
            out.printf(Locale.ROOT, "after kill %d  serving after %.2f s, at head %d after %.2f s%s%n", run,
                    k.serving(), chain.headHeight(), k.atHead(), k.log().isEmpty() ? "" : "; its log: " + k.log());
            if (run == 1) {
                copy(copy, stopped);
            }
            Restart s = restart(work, "after-stop-" + run, copy(stopped, work.resolve("after-stop-" + run)), head);
            out.printf(Locale.ROOT, "after stop %d  serving after %.2f s, at head %d after %.2f s%s%n", run,
                    s.serving(), chain.headHeight(), s.atHead(), s.log().isEmpty() ? "" : "; its log: " + s.log());
            out.flush();
            afterKill[run - 1] = k.serving();
            afterStop[run - 1] = s.serving();
        }
        out.printf(Locale.ROOT, "median        serving after kill -9 %.2f s, after a clean stop %.2f s (%d run(s) "
                + "each, from process start)%n", SyncBenchCommand.median(afterKill), SyncBenchCommand.median(afterStop),
                runs);
        out.flush();
        return 0;
    }

    /** Syncs a fresh basic node in {@code fresh} from a node serving {@code source}, then kills it with SIGKILL. */
    private void syncAndKill(Path work, Path source, Path fresh, String head) throws InterruptedException {
        try (BenchProcess server = BenchProcess.start(CcoinProgram.of(spec), "source node",
                work.resolve("source-node.log"), "node", "--type", "basic", "--data-dir", source.toString(),
                "--p2p-port", "0", "--api-port", "0")) {
            NodeClient serverApi = NodeClient.of(URI.create(server.awaitLine(API_URL, START_UP)));
            int p2pPort = serverApi.json("/status").path("p2pPort").asInt();
            try (BenchProcess syncer = BenchProcess.start(CcoinProgram.of(spec), "syncing node",
                    work.resolve("synced-node.log"), "node", "--type", "basic", "--data-dir", fresh.toString(),
                    "--p2p-port", "0", "--api-port", "0", "--bootnodes", "127.0.0.1:" + p2pPort)) {
                NodeClient api = NodeClient.of(URI.create(syncer.awaitLine(API_URL, START_UP)));
                awaitHead(syncer, api, head, System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos());
                syncer.kill();
            }
        }
    }

    /** Starts {@code dataDir} as a basic node without peers and times it; stops it cleanly after. */
    private Restart restart(Path work, String name, Path dataDir, String head) throws InterruptedException {
        int apiPort = freePort();
        NodeClient api = NodeClient.of(URI.create("http://127.0.0.1:" + apiPort));
        try (BenchProcess node = BenchProcess.start(CcoinProgram.of(spec), name, work.resolve(name + ".log"), "node",
                "--type", "basic", "--data-dir", dataDir.toString(), "--p2p-port", "0",
                "--api-port", Integer.toString(apiPort))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
            JsonNode status = null;
            while (status == null) {
                status = status(api);
                if (status == null) {
                    check(node, deadline);
                    Thread.sleep(POLL_MS);
                }
            }
            double serving = (System.nanoTime() - node.startedNanos()) / 1e9;
            awaitHead(node, api, head, deadline);
            double atHead = (System.nanoTime() - node.startedNanos()) / 1e9;
            String log = node.find(REEXECUTED).map(m -> m.group(1)).orElse("");
            int exit = node.terminate(STOP);
            if (exit != 0 && exit != EXIT_ON_SIGTERM) {
                throw new CommandFailure(name + " exited with " + exit + " on SIGTERM: " + node.tail());
            }
            return new Restart(serving, atHead, log);
        }
    }

    private void awaitHead(BenchProcess node, NodeClient api, String head, long deadline) throws InterruptedException {
        while (true) {
            JsonNode status = status(api);
            if (status != null && head.equals(status.path("head").path("hash").asText())) {
                return;
            }
            check(node, deadline);
            Thread.sleep(POLL_MS);
        }
    }

    private void check(BenchProcess node, long deadline) {
        if (!node.isAlive()) {
            throw new CommandFailure("the node exited early: " + node.tail());
        }
        if (System.nanoTime() > deadline) {
            throw new CommandFailure("the node did not reach the head within " + timeoutSeconds + " s: "
                    + node.tail());
        }
    }

    private static JsonNode status(NodeClient api) {
        try {
            return api.json("/status");
        } catch (ApiException e) {
            return null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path initialised(Path dataDir, ChainGenerator.Generated chain) {
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, chain.params());
        }
        return dataDir;
    }

    /** Copies a data dir of a stopped node, file by file. */
    private static Path copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            return to;
        } catch (IOException e) {
            throw new CommandFailure("cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    private void validate() {
        if (blocks < 1 || blocks > 127) {
            throw usage("--blocks must be 1..127, got " + blocks);
        }
        if (perBlock < 0 || perBlock > 2000) {
            throw usage("--transactions-per-block must be 0..2000, got " + perBlock);
        }
        if (runs < 1 || runs > 10) {
            throw usage("--runs must be 1..10, got " + runs);
        }
        if (timeoutSeconds < 10 || timeoutSeconds > 7200) {
            throw usage("--timeout must be 10..7200 seconds, got " + timeoutSeconds);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
