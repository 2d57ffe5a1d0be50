package dev.ccoin.cli.bench;

import dev.ccoin.cli.command.CcoinProgram;
import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.cli.light.HeaderChain;
import dev.ccoin.cli.light.LightClient;
import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.crypto.PssProvider;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.consensus.rules.HeaderRules;
import dev.ccoin.node.storage.Database;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin bench light}: what the light client costs. Generates a chain of {@code --blocks} empty blocks
 * ({@link ChainGenerator}), imports it with {@code ccoin import} and serves it from a basic node (child processes),
 * then times two {@code ccoin balance --verify} processes, start to exit: the first with an empty header store, the
 * next with the store the first left. Then, in this process on one thread, the header checks alone
 * ({@link HeaderChain#extend} with the node's {@link HeaderRules}) over every header of the chain, against the
 * single-core RSASSA-PSS verify rate ({@link VerifyRate}) in the same run, the two measured in turn three times and
 * their medians compared: a header costs one signature check and little else, so the target is a ratio of 0.8.
 * Figures are printed, not asserted.
 */
@Command(name = "light", mixinStandardHelpOptions = true,
        description = "Headers/s the light client checks on one core against the PSS verify rate, and the time of "
                + "a first and a warm `balance --verify` on a generated chain.")
public final class LightBenchCommand implements Callable<Integer> {
    static final double TARGET_RATIO = 0.8;
    private static final Pattern API_URL = Pattern.compile("API (http://\\S+)/api/v1");
    private static final Pattern BALANCE = Pattern.compile("^(balance .*)$");
    private static final Duration START_UP = Duration.ofSeconds(60);
    /** Header and verify-rate measurements alternate this many times; medians are compared. */
    private static final int ROUNDS = 3;

    @Spec
    private CommandSpec spec;

    @Option(names = "--blocks", paramLabel = "N", defaultValue = "100000",
            description = "blocks in the generated chain, 1..200000 (default: ${DEFAULT-VALUE})")
    private int blocks;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "where the chain file, data dir, header stores and logs go (default: a new temporary dir, "
                    + "deleted after)")
    private Path dir;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "900",
            description = "longest wait for the import and for each balance call, 10..7200 s (default: "
                    + "${DEFAULT-VALUE})")
    private int timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException, IOException {
        if (blocks < 1 || blocks > 200_000 || timeoutSeconds < 10 || timeoutSeconds > 7_200) {
            throw new ParameterException(spec.commandLine(), "--blocks must be 1..200000 and --timeout 10..7200");
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = dir == null;
        Path work = temporary ? Files.createTempDirectory("ccoin-bench-light-") : Files.createDirectories(dir);
        try {
            return run(out, work);
        } finally {
            if (temporary) {
                SyncBenchCommand.delete(work);
            }
        }
    }

    private int run(PrintWriter out, Path work) throws InterruptedException, IOException {
        if (Files.exists(work.resolve("node"))) {
            throw new CommandFailure(work + " already holds a run (node/); give an empty --dir");
        }
        Path chainFile = work.resolve("chain.bin");
        long started = System.nanoTime();
        ChainGenerator.Generated chain = new ChainGenerator(Runtime.getRuntime().availableProcessors())
                .generate(blocks, 0, chainFile);
        out.printf(Locale.ROOT, "light: %d empty blocks, 1 authority, difficulty %d, generated in %.1f s (%.1f MB); "
                + "signatures on %s%n", chain.headHeight(), ChainGenerator.DIFFICULTY,
                (System.nanoTime() - started) / 1e9, chain.bytes() / 1e6, PssProvider.chosen().displayName());
        out.flush();
        Path genesis = Files.writeString(work.resolve("genesis.json"), BenchGenesis.json(chain.params()),
                StandardCharsets.UTF_8);
        Path dataDir = work.resolve("node");
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, chain.params());
        }
        runToExit("ccoin import", work.resolve("import.log"), "import", "--data-dir", dataDir.toString(),
                chainFile.toString());
        String miner = chain.params().authorities().get(0).toHex();
        Path headers = work.resolve("headers");
        try (BenchProcess node = BenchProcess.start(CcoinProgram.of(spec), "node", work.resolve("node.log"), "node", "--type", "basic",
                "--data-dir", dataDir.toString(), "--p2p-port", "0", "--api-port", "0")) {
            String api = node.awaitLine(API_URL, START_UP);
            for (String call : List.of("first", "warm")) {
                Path log = work.resolve("balance-" + call + ".log");
                double seconds = runToExit("balance --verify (" + call + ")", log, "balance", miner, "--verify",
                        "--genesis", genesis.toString(), "--headers-dir", headers.toString(), "--api", api);
                String line = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(BALANCE.asPredicate())
                        .findFirst().orElse("");
                out.printf(Locale.ROOT, "%-13s %.2f s, process start to exit: %s%n", call + " call", seconds, line);
                out.flush();
            }
        }
        List<SealedHeader> sealed = sealedHeaders(chainFile);
        List<Transaction> sample = sample(work.resolve("sample.bin"));
        double[] headerRates = new double[ROUNDS];
        double[] pssRates = new double[ROUNDS];
        double[] decodedRates = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            // Interleaved, so that a change in the machine's load falls on both sides of the ratio.
            Rate headersRate = headerRate(chain.params(), sealed);
            SignatureRates pss = SignatureRates.measure(sample);
            headerRates[round] = headersRate.perSecond();
            pssRates[round] = pss.pssPerSecond();
            decodedRates[round] = pss.withKeyDecodePerSecond();
            out.printf(Locale.ROOT, "round %d       headers %.0f/s on one thread (%.0f per CPU second); pss %s%n",
                    round + 1, headersRate.perSecond(), headersRate.perCpuSecond(), pss.line());
            out.flush();
        }
        double checked = SyncBenchCommand.median(headerRates);
        double pss = SyncBenchCommand.median(pssRates);
        double decoded = SyncBenchCommand.median(decodedRates);
        double ratio = checked / pss;
        out.printf(Locale.ROOT, "median        headers %.0f/s over %d headers; pss %.0f/s (%.0f/s with the key "
                + "decoded)%n", checked, sealed.size() - 1, pss, decoded);
        out.printf(Locale.ROOT, "ratio         headers/pss = %.2f (target >= %.1f: %s); headers/pss-with-key-decode "
                + "= %.2f%n", ratio, TARGET_RATIO, ratio >= TARGET_RATIO ? "met" : "not met", checked / decoded);
        out.flush();
        return 0;
    }

    /** Headers per wall second and per CPU second of one thread; a first untimed pass warms the JIT. */
    private record Rate(double perSecond, double perCpuSecond) {
    }

    private static Rate headerRate(ChainParams params, List<SealedHeader> sealed) {
        HeaderRules rules = HeaderRules.forHeaders(params, Clock.systemUTC());
        check(params, rules, sealed.subList(0, Math.min(sealed.size(), 20_000)));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        check(params, rules, sealed);
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        int checked = sealed.size() - 1;
        return new Rate(checked / wallSeconds, checked / cpuSeconds);
    }

    private static void check(ChainParams params, HeaderRules rules, List<SealedHeader> sealed) {
        HeaderChain chain = HeaderChain.startingAt(params, LightClient.genesisOf(params));
        for (SealedHeader header : sealed.subList(1, sealed.size())) {
            chain.extend(header, rules, "the generated chain");
        }
    }

    /** Every block of the block stream as its sealed header, genesis first. */
    private static List<SealedHeader> sealedHeaders(Path chainFile) throws IOException {
        List<SealedHeader> sealed = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(chainFile), 1 << 16);
                CanonicalReader reader = CanonicalReader.of(in)) {
            while (reader.hasNext()) {
                sealed.add(SealedHeader.of(Block.read(reader)));
            }
        }
        return sealed;
    }

    /** Signed transfers for the verify-rate probe: those of a second generated chain, one per block. */
    private static List<Transaction> sample(Path file) throws IOException, InterruptedException {
        new ChainGenerator(Runtime.getRuntime().availableProcessors()).generate(32, 1, file);
        List<Transaction> sample = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                CanonicalReader reader = CanonicalReader.of(in)) {
            while (reader.hasNext()) {
                sample.addAll(Block.read(reader).transactions());
            }
        }
        return sample;
    }

    private double runToExit(String name, Path log, String... args) throws InterruptedException {
        Duration[] cpu = {Duration.ZERO};
        try (BenchProcess process = BenchProcess.start(CcoinProgram.of(spec), name, log, args)) {
            int exit = process.awaitExit(Duration.ofSeconds(timeoutSeconds), cpu);
            double seconds = (System.nanoTime() - process.startedNanos()) / 1e9;
            if (exit != 0) {
                throw new CommandFailure(name + " failed with exit code " + exit + ": " + process.tail());
            }
            return seconds;
        }
    }
}
