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
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code ccoin bench sync}: how fast a chain gets into a node by {@code ccoin import} and by P2P sync. Generates a
 * chain of {@code --blocks} small blocks ({@link ChainGenerator}) and its block stream, times {@code ccoin import}
 * of it into a fresh data dir (a child process, start to exit), then starts that data dir as a basic node and a
 * fresh basic node dialling it over loopback, and times the fresh node from its start until its status says
 * {@code SYNCED} at the same head. Prints blocks per second for both and the ratio sync/import (target 0.8). Every
 * wait is bounded by {@code --timeout}; the child processes are stopped before it returns.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Blocks/s of `ccoin import` and of a fresh node syncing the same chain over loopback P2P.")
public final class SyncBenchCommand implements Callable<Integer> {
    static final double TARGET_RATIO = 0.8;
    private static final Pattern API_URL = Pattern.compile("API (http://\\S+)/api/v1");
    private static final Pattern IMPORT_RATE = Pattern.compile("imported (\\d+) blocks .*?, (\\d+) blocks/s");
    private static final Pattern SYNCED = Pattern.compile("(SYNCED at \\d+ .*blocks/s\\))");
    private static final Duration START_UP = Duration.ofSeconds(60);
    private static final long POLL_MS = 100;

    @Spec
    private CommandSpec spec;

    @Option(names = "--blocks", paramLabel = "N", defaultValue = "10000",
            description = "blocks in the generated chain, 1..200000 (default: ${DEFAULT-VALUE})")
    private int blocks;

    @Option(names = "--transactions-per-block", paramLabel = "T", defaultValue = "1",
            description = "transfers in each block, 0..100 (default: ${DEFAULT-VALUE})")
    private int perBlock;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "where the chain file, data dirs and logs go (default: a new temporary dir, deleted after)")
    private Path dir;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "3",
            description = "import and sync this many times each (fresh data dirs; medians are compared), 1..10 "
                    + "(default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "900",
            description = "longest wait for the import, and for the sync, 10..7200 s (default: ${DEFAULT-VALUE})")
    private int timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException, IOException {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = dir == null;
        Path work = temporary ? Files.createTempDirectory("ccoin-bench-sync-") : Files.createDirectories(dir);
        try {
            return run(out, work);
        } finally {
            if (temporary) {
                delete(work);
            }
        }
    }

    private int run(PrintWriter out, Path work) throws InterruptedException {
        Path chainFile = work.resolve("chain.bin");
        if (Files.exists(work.resolve("imported-1"))) {
            throw new CommandFailure(work + " already holds a run (imported-1/); give an empty --dir");
        }
        out.printf(Locale.ROOT, "sync: %d blocks with %d transfer(s) each, %d run(s), in %s%n", blocks, perBlock,
                runs, work);
        out.flush();
        long started = System.nanoTime();
        ChainGenerator.Generated chain = new ChainGenerator(Runtime.getRuntime().availableProcessors())
                .generate(blocks, perBlock, chainFile);
        out.printf(Locale.ROOT, "generated     %d blocks, %.1f MB, in %.1f s; head %s%n", chain.headHeight(),
                chain.bytes() / 1e6, (System.nanoTime() - started) / 1e9, chain.headHash().toHex());
        out.flush();
        Path source = work.resolve("imported-1");
        double[] importRates = new double[runs];
        double[] syncRates = new double[runs];
        BenchProcess server = null;
        try {
            for (int run = 1; run <= runs; run++) {
                Path imported = initialised(work.resolve("imported-" + run), chain);
                Timing importing = timeImport(work.resolve("import-" + run + ".log"), imported, chainFile);
                out.println(importing.line("import " + run, chain.headHeight()));
                out.flush();
                if (server == null) {
                    server = BenchProcess.start(CcoinProgram.of(spec), "source node", work.resolve("source-node.log"),
                            "node", "--type", "basic", "--data-dir", source.toString(), "--p2p-port", "0",
                            "--api-port", "0");
                }
                Timing syncing = timeSync(work, run, server, initialised(work.resolve("synced-" + run), chain),
                        chain.headHash().toHex());
                out.println(syncing.line("sync " + run, chain.headHeight()));
                out.flush();
                importRates[run - 1] = importing.blocksPerSecond(chain.headHeight());
                syncRates[run - 1] = syncing.blocksPerSecond(chain.headHeight());
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
        double ratio = median(syncRates) / median(importRates);
        out.printf(Locale.ROOT, "median        import %.0f blocks/s, sync %.0f blocks/s (wall clock from process "
                + "start, %d run(s))%n", median(importRates), median(syncRates), runs);
        out.printf(Locale.ROOT, "ratio         sync/import = %.2f (target >= %.1f: %s)%n", ratio, TARGET_RATIO,
                ratio >= TARGET_RATIO ? "met" : "not met");
        out.flush();
        return 0;
    }

    private static Path initialised(Path dataDir, ChainGenerator.Generated chain) {
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, chain.params());
        }
        return dataDir;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private Timing timeImport(Path log, Path dataDir, Path chainFile) throws InterruptedException {
        Duration[] cpu = {Duration.ZERO};
        try (BenchProcess importer = BenchProcess.start(CcoinProgram.of(spec), "ccoin import", log,
                "import", "--data-dir", dataDir.toString(), chainFile.toString())) {
            int exit = importer.awaitExit(Duration.ofSeconds(timeoutSeconds), cpu);
            double seconds = (System.nanoTime() - importer.startedNanos()) / 1e9;
            if (exit != 0) {
                throw new CommandFailure("ccoin import failed with exit code " + exit + ": " + importer.tail());
            }
            String own = importer.find(IMPORT_RATE).map(m -> m.group(2) + " blocks/s by its own count").orElse("");
            return new Timing(seconds, cpu[0], Duration.ZERO, own);
        }
    }

    /** Times a fresh node in {@code fresh} syncing from {@code server} until it is SYNCED at {@code headHash}. */
    private Timing timeSync(Path work, int run, BenchProcess server, Path fresh, String headHash)
            throws InterruptedException {
        Path log = work.resolve("synced-node-" + run + ".log");
        NodeClient serverApi = NodeClient.of(URI.create(server.awaitLine(API_URL, START_UP)));
        int p2pPort = serverApi.json("/status").path("p2pPort").asInt();
        Duration serverCpuBefore = server.cpu().orElse(Duration.ZERO);
        try (BenchProcess syncer = BenchProcess.start(CcoinProgram.of(spec), "syncing node", log, "node", "--type", "basic",
                "--data-dir", fresh.toString(), "--p2p-port", "0", "--api-port", "0",
                "--bootnodes", "127.0.0.1:" + p2pPort)) {
            NodeClient api = NodeClient.of(URI.create(syncer.awaitLine(API_URL, START_UP)));
            long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
            Duration cpu = Duration.ZERO;
            long firstBlock = 0;
            while (!isSynced(api, headHash)) {
                cpu = syncer.cpu().orElse(cpu);
                if (firstBlock == 0 && headHeight(api) > 0) {
                    firstBlock = System.nanoTime();
                }
                if (System.nanoTime() > deadline || !syncer.isAlive()) {
                    throw new CommandFailure("the fresh node did not sync within " + timeoutSeconds + " s; see "
                            + log + ": " + syncer.tail());
                }
                Thread.sleep(POLL_MS);
            }
            double seconds = (System.nanoTime() - syncer.startedNanos()) / 1e9;
            cpu = syncer.cpu().orElse(cpu);
            Duration served = server.cpu().orElse(serverCpuBefore).minus(serverCpuBefore);
            String first = firstBlock == 0 ? "" : String.format(Locale.ROOT, "first block in after %.2f s; ",
                    (firstBlock - syncer.startedNanos()) / 1e9);
            String own = syncer.find(SYNCED).map(m -> first + "its log: " + m.group(1)).orElse(first);
            return new Timing(seconds, cpu, served, own);
        }
    }

    private static long headHeight(NodeClient api) {
        try {
            return api.json("/blocks/count").asLong() - 1;
        } catch (ApiException e) {
            return 0;
        }
    }

    private static boolean isSynced(NodeClient api, String headHash) {
        try {
            JsonNode status = api.json("/status");
            return "SYNCED".equals(status.path("sync").path("state").asText())
                    && headHash.equals(status.path("head").path("hash").asText());
        } catch (ApiException e) {
            return false;
        }
    }

    /** A timed phase: wall seconds from process start, the process's CPU, the serving node's CPU, its own report. */
    record Timing(double seconds, Duration cpu, Duration servingCpu, String own) {
        double blocksPerSecond(long blocks) {
            return seconds <= 0 ? 0 : blocks / seconds;
        }

        String line(String label, long blocks) {
            String serving = servingCpu.isZero() ? ""
                    : String.format(Locale.ROOT, ", serving node %.1f CPU s", servingCpu.toMillis() / 1e3);
            return String.format(Locale.ROOT, "%-13s %d blocks in %.2f s from process start: %.0f blocks/s "
                            + "(process %.1f CPU s = %.2f cores%s)%s", label, blocks, seconds,
                    blocksPerSecond(blocks), cpu.toMillis() / 1e3, cpu.toMillis() / 1e3 / seconds, serving,
                    own.isEmpty() ? "" : "; " + own);
        }
    }

    static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private void validate() {
        if (blocks < 1 || blocks > 200_000) {
            throw usage("--blocks must be 1..200000, got " + blocks);
        }
        if (perBlock < 0 || perBlock > 100) {
            throw usage("--transactions-per-block must be 0..100, got " + perBlock);
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
