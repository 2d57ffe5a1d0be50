package dev.ccoin.cli.localnet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.cli.command.CcoinProgram;
import dev.ccoin.cli.command.CommandFailure;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin localnet}: creates (first run) or resumes (later runs) a dev network in {@code --dir}, starts a
 * discovery service (none with {@code --lan}: the nodes announce themselves on {@code lo} instead) and every node on
 * loopback — each as a child process, or with {@code --in-process} all inside
 * this JVM, each still a full node with its own data dir and ports — prints where everything is, and stops it all
 * on Ctrl-C. A second localnet on the same dir is refused (a lock file); {@code --reset} starts over with a new
 * network, keeping the snapshots.
 */
@Command(name = "localnet", mixinStandardHelpOptions = true,
        description = "Run a whole dev network on loopback: keys, genesis, discovery, validators and basic nodes.",
        subcommands = {LocalnetSnapshotCommand.class, LocalnetFundCommand.class})
public final class LocalnetCommand implements Callable<Integer> {
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Option(names = "--validators", defaultValue = "3", description = "authorities sealing blocks (default: ${DEFAULT-VALUE})")
    private int validators;

    @Option(names = "--basic", defaultValue = "1", description = "basic (non-sealing) nodes (default: ${DEFAULT-VALUE})")
    private int basic;

    @Option(names = "--accounts", defaultValue = "10", description = "prefunded dev accounts (default: ${DEFAULT-VALUE})")
    private int accounts;

    @Option(names = "--dir", defaultValue = ".localnet", description = "where the network lives (default: ${DEFAULT-VALUE})")
    private Path dir;

    @Option(names = "--interval", defaultValue = "2",
            description = "seconds between blocks when idle; used when the network is created (default: ${DEFAULT-VALUE})")
    private int interval;

    @Option(names = "--api-port", defaultValue = "8000", description = "API port of node 0; node i uses +i (default: ${DEFAULT-VALUE})")
    private int apiPort;

    @Option(names = "--p2p-port", defaultValue = "30300", description = "P2P port of node 0; node i uses +i (default: ${DEFAULT-VALUE})")
    private int p2pPort;

    @Option(names = "--discovery-port", defaultValue = "4444", description = "discovery service port (default: ${DEFAULT-VALUE})")
    private int discoveryPort;

    @Option(names = "--lan", description = "no discovery service and no bootnodes: the nodes find each other by "
            + "LAN announcements on the loopback interface (lo)")
    private boolean lan;

    @Option(names = "--in-process", description = "run the discovery service and every node inside this JVM "
            + "instead of one child process each: one JIT and one heap for the whole network, lighter on a small "
            + "machine; they log to one file and stop together")
    private boolean inProcess;

    @Option(names = "--reset", description = "delete the network in --dir (its snapshots stay) and create a new one; "
            + "refused while it runs")
    private boolean reset;

    private final List<LocalnetMember> members = new ArrayList<>();
    /** Where in-process members write, their logs included; null for child processes, which have a log each. */
    private PrintWriter sharedLog;

    @Override
    public Integer call() throws IOException, InterruptedException {
        checkRanges();
        LocalnetLayout layout = new LocalnetLayout(dir.toAbsolutePath().normalize());
        Files.createDirectories(layout.root());
        try (FileChannel lockChannel = FileChannel.open(layout.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockChannel.tryLock()) {
            if (lock == null) {
                throw new CommandFailure("a localnet is already running in " + layout.root() + "; stop it first or use another --dir");
            }
            if (reset) {
                new LocalnetSnapshots(layout).discardNetwork();
            }
            return run(layout);
        }
    }

    private int run(LocalnetLayout layout) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        LocalnetSetup setup = new LocalnetSetup(layout);
        LocalnetSetup.Network network;
        if (setup.exists()) {
            network = setup.load();
            out.printf("resuming the localnet in %s (%d validators, %d basic)%n", layout.root(),
                    network.validators().size(), network.basicNodes());
        } else {
            out.printf("creating a localnet in %s: %d validators, %d basic, %d dev accounts...%n", layout.root(),
                    validators, basic, accounts);
            out.flush();
            network = setup.create(validators, basic, accounts, interval, System.currentTimeMillis());
        }
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopAll();
            stopped.countDown();
        }, "ccoin-localnet-stop"));
        try {
            startAll(layout, network);
        } catch (RuntimeException e) {
            stopAll();
            throw e;
        }
        stopped.await();
        return 0;
    }

    private void startAll(LocalnetLayout layout, LocalnetSetup.Network network) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Optional<String> discoveryUrl = lan ? Optional.empty() : Optional.of("http://127.0.0.1:" + discoveryPort);
        if (inProcess) {
            sharedLog = openSharedLog(layout.sharedLog());
        }
        if (discoveryUrl.isPresent()) {
            LocalnetMember discovery = launch("discovery", layout,
                    List.of("discovery", "--port", Integer.toString(discoveryPort)));
            awaitUp(http, discovery, discoveryUrl.get() + "/health");
        }
        List<String> nodeIds = new ArrayList<>();
        for (int i = 0; i < network.nodeCount(); i++) {
            boolean validator = i < network.validators().size();
            List<String> args = new ArrayList<>(List.of("node", "--type", validator ? "validator" : "basic",
                    "--data-dir", layout.node(i).toString(), "--api-port", Integer.toString(apiPort + i),
                    "--p2p-port", Integer.toString(p2pPort + i), "--mining-threads", "1"));
            if (lan) {
                args.addAll(List.of("--lan-discovery", "--lan-interface", "lo"));
            } else {
                args.addAll(List.of("--discovery", discoveryUrl.get()));
                if (i > 0) {
                    args.addAll(List.of("--bootnodes", "127.0.0.1:" + p2pPort));
                }
            }
            launch("node-" + i, layout, args);
        }
        int firstNode = members.size() - network.nodeCount();
        for (int i = 0; i < network.nodeCount(); i++) {
            LocalnetMember node = members.get(firstNode + i);
            String status = awaitUp(http, node, apiUrl(i) + "/api/v1/status");
            nodeIds.add(nodeId(node, status));
        }
        new LocalnetReport(spec.commandLine().getOut()).print(layout, network, discoveryUrl, this::apiUrl, p2pPort,
                nodeIds, members, inProcess);
    }

    /** The {@code nodeId} of a {@code /status} body, or {@code ?} where it has none. */
    private static String nodeId(LocalnetMember node, String status) {
        try {
            return JSON.readTree(status).path("nodeId").asText("?");
        } catch (JsonProcessingException e) {
            throw new CommandFailure(node.name() + " answered /status with no JSON: " + e.getOriginalMessage(), e);
        }
    }

    private String apiUrl(int node) {
        return "http://127.0.0.1:" + (apiPort + node);
    }

    private LocalnetMember launch(String name, LocalnetLayout layout, List<String> args) {
        LocalnetMember member = inProcess
                ? InProcessMember.start(CcoinProgram.of(spec), name, layout.sharedLog(), sharedLog, args)
                : ChildJvm.start(CcoinProgram.of(spec), name, layout.log(name), args);
        synchronized (members) {
            members.add(member);
        }
        return member;
    }

    /**
     * The log every in-process member shares: their command output, and (through {@code System.err}, where the
     * logging backend writes) every node's log lines.
     */
    private static PrintWriter openSharedLog(Path log) {
        try {
            Files.createDirectories(log.getParent());
            PrintStream stream = new PrintStream(Files.newOutputStream(log, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND), true, StandardCharsets.UTF_8);
            System.setErr(stream);
            return new PrintWriter(stream, true);
        } catch (IOException e) {
            throw new CommandFailure("cannot open " + log + ": " + e.getMessage(), e);
        }
    }

    /** Polls {@code url} until it answers 200, failing clearly if the child dies or the deadline passes. */
    private static String awaitUp(HttpClient http, LocalnetMember child, String url) throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new CommandFailure(child.name() + " exited during start-up; see " + child.log() + ": " + child.logTail());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new CommandFailure(child.name() + " did not come up within " + STARTUP.toSeconds() + " s; see " + child.log());
    }

    private void stopAll() {
        List<LocalnetMember> all;
        synchronized (members) {
            all = new ArrayList<>(members);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).stop(Duration.ofSeconds(15));
        }
    }

    private void checkRanges() {
        if (validators < 1 || validators > 16 || basic < 0 || basic > 16 || accounts < 1 || accounts > 1000
                || interval < 1 || interval > 60) {
            throw new ParameterException(spec.commandLine(),
                    "--validators 1..16, --basic 0..16, --accounts 1..1000 and --interval 1..60");
        }
        for (int port : new int[] {apiPort, p2pPort, discoveryPort}) {
            if (port < 1 || port + 32 > 65535) {
                throw new ParameterException(spec.commandLine(), "ports must leave room for 32 nodes below 65535");
            }
        }
    }
}
