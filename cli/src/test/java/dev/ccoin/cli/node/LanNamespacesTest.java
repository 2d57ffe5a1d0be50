package dev.ccoin.cli.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ccoin.cli.ChildProcess;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.chain.PlaceholderData;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.core.keys.KeyProtection;
import dev.ccoin.client.wallet.Keystore;
import dev.ccoin.node.storage.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LAN discovery across real interfaces: three nodes, each in a network namespace of its own with its own address on
 * a veth joined to one bridge (in a fourth namespace), run as child JVMs through {@code ip netns exec}, with
 * {@code --lan-discovery} on their default interfaces and nothing else. The multicast datagrams cross the bridge as
 * on a LAN (TTL 1), and each node dials the others at the source address of their announcements. Needs root and
 * {@code ip netns}; skipped, saying why, without them. Every namespace it makes is deleted after, whatever happened,
 * and it uses only addresses inside them.
 */
class LanNamespacesTest {
    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final int NODES = 3;
    private static final Pattern JOINED_ON_THE_BRIDGE = Pattern.compile("peer joined: [0-9a-f]{40} 10\\.213\\.");

    @TempDir
    Path dir;

    private final String prefix = "ccl" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
    private final List<String> namespaces = new ArrayList<>();
    private final List<ChildProcess> nodes = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        nodes.forEach(ChildProcess::close);
        for (String namespace : namespaces) {
            run("ip", "netns", "del", namespace);
        }
    }

    @Test
    void nodesInSeparateNamespacesFindEachOtherAcrossABridge() {
        assumeTrue(isRoot(), "needs root to create network namespaces (runs as uid " + uid() + ")");
        String bridge = prefix + "-br";
        Result made = addNamespace(bridge);
        assumeTrue(made.ok(), "ip netns is not available here: " + made.describe());
        check(run("ip", "-n", bridge, "link", "add", "br0", "type", "bridge", "mcast_snooping", "0"));
        check(run("ip", "-n", bridge, "link", "set", "br0", "up"));
        for (int i = 0; i < NODES; i++) {
            String namespace = prefix + "-" + i;
            check(addNamespace(namespace));
            check(run("ip", "-n", bridge, "link", "add", "p" + i, "type", "veth", "peer", "name", "e0", "netns",
                    namespace));
            check(run("ip", "-n", bridge, "link", "set", "p" + i, "master", "br0", "up"));
            check(run("ip", "-n", namespace, "addr", "add", "10.213.0." + (i + 1) + "/24", "dev", "e0"));
            check(run("ip", "-n", namespace, "link", "set", "e0", "up"));
            check(run("ip", "-n", namespace, "link", "set", "lo", "up"));
        }

        Path validator = dir.resolve("node-0");
        Address authority = new Keystore(validator).create(2048, KeyProtection.none());
        ChainParams params = new ChainParams(TestChain.NETWORK_ID, List.of(authority),
                new ChainParams.BlockMining(1, 1, 500, 4_194_304, 100, 8, true, PlaceholderData.random(15), 500),
                new ChainParams.TransactionParams(4, 1024), 25,
                new ChainParams.GenesisHeader(1_700_000_000_000L, 4, "lan namespaces"), new TreeMap<>());
        for (int i = 0; i < NODES; i++) {
            try (Database database = Database.open(dir.resolve("node-" + i))) {
                ChainInitializer.initialize(database, params);
            }
        }
        for (int i = 0; i < NODES; i++) {
            nodes.add(ChildProcess.startVia(List.of("ip", "netns", "exec", prefix + "-" + i), Map.of(), "node",
                    "--type", i == 0 ? "validator" : "basic", "--data-dir", dir.resolve("node-" + i).toString(),
                    "--mining-threads", "1", "--p2p-host", "0.0.0.0", "--p2p-port", "30300", "--api-port", "0",
                    "--lan-discovery"));
        }

        for (ChildProcess node : nodes) {
            node.awaitLines(JOINED_ON_THE_BRIDGE.asPredicate(), NODES - 1, DEADLINE);
            node.awaitLines(line -> line.contains("imported block 3 "), 1, DEADLINE);
        }
        for (ChildProcess node : nodes) {
            assertThat(node.lines()).noneMatch(line -> line.contains("peer joined") && line.contains(" 127.0.0.1:"));
        }
    }

    private Result addNamespace(String name) {
        Result result = run("ip", "netns", "add", name);
        if (result.ok()) {
            namespaces.add(name);
        }
        return result;
    }

    private static boolean isRoot() {
        return "0".equals(uid());
    }

    private static String uid() {
        return run("id", "-u").output().trim();
    }

    private static void check(Result result) {
        assertThat(result.ok()).as(result.describe()).isTrue();
    }

    /** A command's exit status and output, and the command itself for messages. */
    private record Result(boolean ok, String command, String output) {
        String describe() {
            return command + ": " + output;
        }
    }

    private static Result run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(false, String.join(" ", command), "timed out");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.exitValue() == 0, String.join(" ", command), output);
        } catch (IOException e) {
            return new Result(false, String.join(" ", command), String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, String.join(" ", command), "interrupted");
        }
    }
}
