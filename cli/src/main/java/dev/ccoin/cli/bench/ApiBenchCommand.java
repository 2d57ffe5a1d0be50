package dev.ccoin.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.client.api.NodeClient;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.tx.Transaction;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin bench api}: one node's HTTP API under a bounded loopback load. Measures the single-core PSS verify
 * rate first, then requests per second and latency of {@code GET /blocks/latest} and {@code GET /accounts/{a}} with
 * {@code --connections} closed-loop clients for {@code --seconds} each, then — with {@code --accounts-dir} — the
 * admission rate of {@code POST /transactions} with pre-signed transfers, one lane per sender, against that verify
 * rate. Each load is preceded by an uncounted warm-up of the same kind, so a freshly started node's JIT is not
 * timed. The client runs on the same machine, so its own CPU use is printed too. Figures are measured, never judged.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = "Requests/s and latency of a node's API: GET /blocks/latest, GET /accounts/{a}, and the "
                + "admission rate of POST /transactions against the single-core PSS verify rate.")
public final class ApiBenchCommand implements Callable<Integer> {
    private static final int MAX_POOL = 10_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--api", paramLabel = "URL", defaultValue = "${env:CCOIN_API:-" + NodeClient.DEFAULT_URL + "}",
            converter = ApiUrls.Converter.class,
            description = "the node's API (default: $CCOIN_API or " + NodeClient.DEFAULT_URL + ")")
    private ApiUrls api;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
            description = "how long each GET endpoint is loaded, 1..300 (default: ${DEFAULT-VALUE})")
    private double seconds;

    @Option(names = "--connections", paramLabel = "C", defaultValue = "16",
            description = "concurrent GET clients, 1..256 (default: ${DEFAULT-VALUE})")
    private int connections;

    @Option(names = "--max-requests", paramLabel = "N", defaultValue = "2000000",
            description = "at most this many requests per GET endpoint, 1..10000000 (default: ${DEFAULT-VALUE})")
    private long maxRequests;

    @Option(names = "--accounts-dir", paramLabel = "DIR",
            description = "data dir whose keystore holds funded keys without a password (a localnet's D/accounts); "
                    + "without it POST /transactions is not measured")
    private Path accountsDir;

    @Option(names = "--transactions", paramLabel = "N", defaultValue = "5000",
            description = "transactions to POST and time (with the warm-up, at most the pool's " + MAX_POOL + ") "
                    + "(default: ${DEFAULT-VALUE})")
    private int transactions;

    @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "3",
            description = "each GET endpoint is loaded this long first, not counted, 0..60 (default: ${DEFAULT-VALUE})")
    private double warmupSeconds;

    @Option(names = "--warmup-transactions", paramLabel = "N", defaultValue = "1000",
            description = "transactions POSTed first, not counted; with --transactions at most " + MAX_POOL
                    + " (default: ${DEFAULT-VALUE})")
    private int warmupTransactions;

    @Option(names = "--senders", paramLabel = "K", defaultValue = "16",
            description = "accounts posting at once, 1..256 (default: ${DEFAULT-VALUE})")
    private int senders;

    @Override
    public Integer call() throws InterruptedException {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        URI base = api.urls().get(0);
        NodeClient client = NodeClient.of(base);
        JsonNode status = client.json("/status");
        List<Sender> accounts = accountsDir == null ? List.of() : Sender.load(accountsDir, senders);
        out.printf(Locale.ROOT, "api: %s, %d connections, %.1f s per GET endpoint%n", base, connections, seconds);
        out.flush();
        List<List<Transaction>> lanes = presign(status, client, accounts);
        List<Transaction> all = lanes.stream().flatMap(List::stream).toList();
        SignatureRates verify = SignatureRates.measure(all.isEmpty() ? sampleFromThrowawayKey(status) : all.subList(0,
                Math.min(all.size(), 2_000)));
        out.println("PSS verify               single core: " + verify.line());
        out.flush();

        String account = accounts.isEmpty() ? status.path("nodeId").asText() : accounts.get(0).address().toHex();
        GetLoad load = new GetLoad(base, connections, maxRequests);
        get(out, load, "GET /blocks/latest", "/api/v1/blocks/latest");
        get(out, load, "GET /accounts/{a}", "/api/v1/accounts/" + account);
        if (!lanes.isEmpty()) {
            post(out, base, lanes, verify);
        }
        return 0;
    }

    /** Loads one endpoint for the warm-up time (not counted), then for {@code --seconds}, and prints the second. */
    private void get(PrintWriter out, GetLoad load, String label, String path) throws InterruptedException {
        if (warmupSeconds > 0) {
            load.run(label, path, warmupSeconds);
        }
        CpuUse before = CpuUse.now();
        out.println(load.run(label, path, seconds).line());
        out.println("cpu                      " + CpuUse.now().since(before));
        out.flush();
    }

    private List<List<Transaction>> presign(JsonNode status, NodeClient client, List<Sender> accounts)
            throws InterruptedException {
        if (accounts.isEmpty()) {
            return List.of();
        }
        long[] nonces = new long[accounts.size()];
        for (int s = 0; s < accounts.size(); s++) {
            nonces[s] = client.json("/accounts/" + accounts.get(s).address().toHex()).path("pendingNonce").asLong();
        }
        int workBits = status.path("transactionRules").path("workBits").asInt();
        return new PreSigner(status.path("networkId").asLong(), workBits, LoadBenchCommand.RECIPIENT,
                Runtime.getRuntime().availableProcessors())
                .sign(accounts, nonces, LoadBenchCommand.split(transactions + warmupTransactions, accounts.size()));
    }

    /** Without dev accounts, the verify rate is measured on transactions signed by a key made here. */
    private static List<Transaction> sampleFromThrowawayKey(JsonNode status) throws InterruptedException {
        Sender sender = Sender.of(RsaKeys.generate(RsaKeys.DEFAULT_BITS, new SecureRandom()));
        return new PreSigner(status.path("networkId").asLong(), 0, LoadBenchCommand.RECIPIENT, 1)
                .sign(List.of(sender), new long[] {0}, new int[] {200}).get(0);
    }

    private void post(PrintWriter out, URI base, List<List<Transaction>> lanes, SignatureRates verify)
            throws InterruptedException {
        List<List<List<Transaction>>> parts = SubmitLanes.splitHeads(lanes,
                LoadBenchCommand.split(warmupTransactions, lanes.size()));
        if (warmupTransactions > 0) {
            SubmitLog warm = SubmitLanes.run(List.of(base), parts.get(0),
                    System.nanoTime() + TimeUnit.SECONDS.toNanos(120));
            out.printf(Locale.ROOT, "%-24s %8d admitted of %d to warm up (not counted)%n", "POST /transactions",
                    warm.acceptedCount(), warm.size());
        }
        CpuUse before = CpuUse.now();
        long started = System.nanoTime();
        SubmitLog log = SubmitLanes.run(List.of(base), parts.get(1), started + TimeUnit.SECONDS.toNanos(300));
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] latencies = new long[log.size()];
        int n = 0;
        for (int i = 0; i < log.size(); i++) {
            if (log.isAccepted(i)) {
                latencies[n++] = log.answeredAt(i) - log.sentAt(i);
            }
        }
        double rate = n / elapsed;
        out.printf(Locale.ROOT, "%-24s %8d admitted of %d in %.2f s: %7.0f tx/s; %s; refusals %s (%d senders)%n",
                "POST /transactions", n, log.size(), elapsed, rate, Percentiles.of(latencies, n).millis(),
                log.refusals().isEmpty() ? "none" : log.refusals(), lanes.size());
        out.println("cpu                      " + CpuUse.now().since(before));
        out.printf(Locale.ROOT, "admission/verify         %.0f tx/s admitted / %.0f verifications/s on one core "
                + "(key decode included) = %.2f%n", rate, verify.withKeyDecodePerSecond(),
                rate / verify.withKeyDecodePerSecond());
        out.flush();
    }

    private void validate() {
        if (!(seconds >= 1 && seconds <= 300)) {
            throw usage("--seconds must be 1..300, got " + seconds);
        }
        if (connections < 1 || connections > 256) {
            throw usage("--connections must be 1..256, got " + connections);
        }
        if (maxRequests < 1 || maxRequests > 10_000_000) {
            throw usage("--max-requests must be 1..10000000, got " + maxRequests);
        }
        if (transactions < 1 || warmupTransactions < 0 || transactions + warmupTransactions > MAX_POOL) {
            throw usage("--transactions (at least 1) plus --warmup-transactions must be at most " + MAX_POOL
                    + ", got " + transactions + " + " + warmupTransactions);
        }
        if (!(warmupSeconds >= 0 && warmupSeconds <= 60)) {
            throw usage("--warmup-seconds must be 0..60, got " + warmupSeconds);
        }
        if (senders < 1 || senders > 256) {
            throw usage("--senders must be 1..256, got " + senders);
        }
        if (api.size() != 1) {
            throw usage("--api takes one node's URL here");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
