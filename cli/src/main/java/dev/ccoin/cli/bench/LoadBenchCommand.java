package dev.ccoin.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.client.api.NodeClient;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * {@code ccoin bench load}: the transaction throughput of a running network. Pre-signs {@code --transactions}
 * transfers from the dev accounts of {@code --accounts-dir} (consecutive nonces from each sender's pending nonce),
 * measures the single-core PSS verify rate on them, warms the nodes up with {@code --warmup} more (sent and included
 * first, not counted), then submits them over the given APIs — one lane per sender, all lanes at once, each sender
 * always to the same node, in batches ({@code POST /transactions/batch}, the default) or one per request — and waits
 * until the first API's canonical chain holds them.
 * Prints admitted and included transactions per second, the submission-to-inclusion latency, refusals by reason and
 * an audit that every admitted transaction is in the chain exactly once. Bounded: at most {@value #MAX_TRANSACTIONS}
 * transactions, and submission plus waiting stop at {@code --duration-limit}. Figures are measured, never judged:
 * the exit code is 0 whatever they are, 1 only if the audit finds a transaction twice.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Transaction throughput of a running network: pre-signed transfers submitted concurrently, "
                + "then watched until included.")
public final class LoadBenchCommand implements Callable<Integer> {
    static final int MAX_TRANSACTIONS = 200_000;
    private static final int MAX_SENDERS = 256;
    /** The recipient of every transfer: an address nobody holds a key for. */
    static final Address RECIPIENT =
            Address.of(Arrays.copyOf(Sha256.hash("ccoin bench load".getBytes(StandardCharsets.UTF_8)).toArray(), 20));

    @Spec
    private CommandSpec spec;

    @Option(names = "--api", paramLabel = "URL[,URL...]", converter = ApiUrls.Converter.class,
            defaultValue = "${env:CCOIN_API:-" + NodeClient.DEFAULT_URL + "}",
            description = "node APIs to submit to; senders are spread over them; the first is watched for blocks "
                    + "(default: $CCOIN_API or " + NodeClient.DEFAULT_URL + ")")
    private ApiUrls apis;

    @Option(names = "--accounts-dir", required = true, paramLabel = "DIR",
            description = "data dir whose keystore holds funded keys without a password (a localnet's D/accounts)")
    private Path accountsDir;

    @Option(names = "--transactions", paramLabel = "N", defaultValue = "20000",
            description = "transactions to send, 1.." + MAX_TRANSACTIONS + " (default: ${DEFAULT-VALUE})")
    private int transactions;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "2000",
            description = "transactions sent and included first, not counted, so the nodes' code is compiled, "
                    + "0.." + MAX_TRANSACTIONS + " (default: ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--senders", paramLabel = "K", defaultValue = "" + MAX_SENDERS,
            description = "accounts to send from, 1.." + MAX_SENDERS + ", at most the keystore's (default: all)")
    private int senders;

    @Option(names = "--duration-limit", paramLabel = "S", defaultValue = "300",
            description = "seconds for submission plus waiting for inclusion, 5..3600 (default: ${DEFAULT-VALUE})")
    private int durationLimit;

    @Option(names = "--poll-ms", paramLabel = "MS", defaultValue = "50",
            description = "how often the watched node's chain is polled, 10..1000 ms (default: ${DEFAULT-VALUE})")
    private int pollMillis;

    @Option(names = "--submit", paramLabel = "MODE", defaultValue = "batch",
            converter = SubmitMode.Converter.class,
            description = "batch: POST /transactions/batch, up to --batch-size per request (MessagePack); single: "
                    + "POST /transactions, one per request (default: ${DEFAULT-VALUE})")
    private SubmitMode submitMode;

    @Option(names = "--batch-size", paramLabel = "B", defaultValue = "200",
            description = "transactions per batch request, 1..1000 (default: ${DEFAULT-VALUE})")
    private int batchSize;

    @Option(names = "--max-pending", paramLabel = "P", defaultValue = "6000",
            description = "batch mode: admitted transactions that may wait for a block at once, over all senders "
                    + "(each sender gets an equal share, at least one batch), so no node's pool fills up and "
                    + "refuses gossip; 0 = no bound (default: ${DEFAULT-VALUE})")
    private int maxPending;

    @Option(names = "--signing-threads", paramLabel = "T",
            description = "threads that pre-sign, 1..64 (default: the number of processors)")
    private Integer signingThreads;

    @Override
    public Integer call() throws InterruptedException {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        List<NodeClient> clients = apis.clients();
        NodeClient watched = clients.get(0);
        JsonNode status = NetworkCheck.sameChain(clients);
        List<Sender> accounts = Sender.load(accountsDir, senders);
        int[] measured = split(transactions, accounts.size());
        int[] warm = split(warmup, accounts.size());
        int[] counts = new int[accounts.size()];
        long[] firstNonces = new long[accounts.size()];
        for (int s = 0; s < accounts.size(); s++) {
            counts[s] = warm[s] + measured[s];
            firstNonces[s] = clients.get(s % clients.size()).json("/accounts/" + accounts.get(s).address().toHex())
                    .path("pendingNonce").asLong();
        }
        int threads = signingThreads != null ? signingThreads : Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "load: %d transactions (after %d to warm up) from %d senders over %d API(s): %s%n",
                transactions, warmup, accounts.size(), clients.size(), apis.urls());
        out.println("submit        " + (submitMode == SubmitMode.BATCH
                ? "POST /transactions/batch, up to " + batchSize + " per request (MessagePack), at most "
                        + (maxPending == 0 ? "unbounded" : maxPending) + " waiting for a block"
                : "POST /transactions, one per request"));
        out.flush();
        long signStart = System.nanoTime();
        List<List<Transaction>> lanes = new PreSigner(status.path("networkId").asLong(),
                status.path("transactionRules").path("workBits").asInt(), RECIPIENT, threads)
                .sign(accounts, firstNonces, counts);
        double signSeconds = (System.nanoTime() - signStart) / 1e9;
        out.printf(Locale.ROOT, "pre-signed    %d in %.1f s (%.0f/s on %d threads)%n", transactions + warmup,
                signSeconds, (transactions + warmup) / signSeconds, threads);
        out.flush();
        List<List<List<Transaction>>> parts = SubmitLanes.splitHeads(lanes, warm);
        List<Transaction> all = parts.get(1).stream().flatMap(List::stream).toList();
        SignatureRates verify = SignatureRates.measure(all.subList(0, Math.min(all.size(), 2_000)));
        out.println("PSS verify    single core: " + verify.line());
        out.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(durationLimit);
        warmUp(out, watched, parts.get(0), deadline);

        long startHeight = watched.json("/blocks/count").asLong() - 1;
        LoadRun run = new LoadRun(all.stream().map(tx -> tx.hash().toHex()).toList(), startHeight,
                verify, nodeCount(status, clients.size()));
        try (BlockWatcher watcher = new BlockWatcher(watched, startHeight, pollMillis)) {
            CpuUse before = CpuUse.now();
            run.submitStarted(System.nanoTime());
            SubmitLog log = SubmitLanes.run(apis.urls(), parts.get(1), deadline, lanes(watcher, accounts.size()));
            run.submitEnded(log, System.nanoTime(), CpuUse.now().since(before));
            out.printf(Locale.ROOT, "submitted     %d admitted in %.2f s; waiting for inclusion%n",
                    log.acceptedCount(), run.submitSeconds());
            out.flush();
            run.awaitInclusion(watcher, deadline);
            run.inclusionEnded(CpuUse.now().since(before));
            run.watched(watcher);
        }
        long head = watched.json("/blocks/count").asLong() - 1;
        InclusionAudit audit = InclusionAudit.scan(watched, startHeight + 1, head, run.acceptedHashes());
        new LoadReport(out).print(run, audit, NetworkCheck.agreement(clients));
        return audit.duplicated() == 0 ? 0 : 1;
    }

    /**
     * Submits the warm-up transactions and waits until they are in the watched node's chain, so that the measured
     * part meets nodes whose code is compiled and whose pools are empty. Not counted in any figure.
     */
    private void warmUp(PrintWriter out, NodeClient watched, List<List<Transaction>> lanes, long deadline)
            throws InterruptedException {
        if (warmup == 0) {
            return;
        }
        long started = System.nanoTime();
        long startHeight = watched.json("/blocks/count").asLong() - 1;
        try (BlockWatcher watcher = new BlockWatcher(watched, startHeight, pollMillis)) {
            SubmitLog log = SubmitLanes.run(apis.urls(), lanes, deadline, lanes(watcher, lanes.size()));
            List<Transaction> all = lanes.stream().flatMap(List::stream).toList();
            List<String> admitted = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (log.isAccepted(i)) {
                    admitted.add(all.get(i).hash().toHex());
                }
            }
            LoadRun.awaitSeen(watcher, admitted, deadline);
            out.printf(Locale.ROOT, "warm-up       %d of %d admitted and included in %.1f s (not counted)%n",
                    admitted.size(), all.size(), (System.nanoTime() - started) / 1e9);
            out.flush();
        }
    }

    private SubmitLanes.LaneFactory lanes(BlockWatcher watcher, int laneCount) {
        int perLane = maxPending == 0 ? Integer.MAX_VALUE : Math.max(batchSize, maxPending / laneCount);
        PendingWindow window = new PendingWindow(watcher, perLane);
        return switch (submitMode) {
            case SINGLE -> SubmitLane::new;
            case BATCH -> (api, txs, firstIndex, log, deadline) ->
                    new BatchSubmitLane(api, txs, firstIndex, log, deadline, batchSize, window);
        };
    }

    /** The nodes that verify each transaction: the watched node and its peers, at least the APIs given. */
    private static int nodeCount(JsonNode status, int apiCount) {
        return Math.max(apiCount, status.path("peerCount").asInt() + 1);
    }

    /** {@code total} split as evenly as possible into {@code parts}. */
    static int[] split(int total, int parts) {
        int[] counts = new int[parts];
        for (int i = 0; i < parts; i++) {
            counts[i] = total / parts + (i < total % parts ? 1 : 0);
        }
        return counts;
    }

    private void validate() {
        if (transactions < 1 || transactions > MAX_TRANSACTIONS) {
            throw usage("--transactions must be 1.." + MAX_TRANSACTIONS + ", got " + transactions);
        }
        if (warmup < 0 || warmup > MAX_TRANSACTIONS) {
            throw usage("--warmup must be 0.." + MAX_TRANSACTIONS + ", got " + warmup);
        }
        if (senders < 1 || senders > MAX_SENDERS) {
            throw usage("--senders must be 1.." + MAX_SENDERS + ", got " + senders);
        }
        if (durationLimit < 5 || durationLimit > 3600) {
            throw usage("--duration-limit must be 5..3600 seconds, got " + durationLimit);
        }
        if (pollMillis < 10 || pollMillis > 1000) {
            throw usage("--poll-ms must be 10..1000, got " + pollMillis);
        }
        if (batchSize < 1 || batchSize > 1_000) {
            throw usage("--batch-size must be 1..1000, got " + batchSize);
        }
        if (maxPending < 0 || maxPending > MAX_TRANSACTIONS) {
            throw usage("--max-pending must be 0.." + MAX_TRANSACTIONS + ", got " + maxPending);
        }
        if (signingThreads != null && (signingThreads < 1 || signingThreads > 64)) {
            throw usage("--signing-threads must be 1..64, got " + signingThreads);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
