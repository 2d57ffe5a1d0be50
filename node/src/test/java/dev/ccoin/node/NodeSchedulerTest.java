package dev.ccoin.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.node.api.ApiServer;
import dev.ccoin.node.p2p.TestNet;
import dev.ccoin.node.p2p.TestNet.Member;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeSchedulerTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void stoppedNodesLeaveNoThreadOfTheirsAlive() throws IOException {
        // Libraries start some threads once per JVM on first use (AWS-LC's self tests on the common pool and its
        // cleaner, the reaper of the process that LevelDB's native loader runs): a first run starts them.
        runNodes(dir.resolve("first"));
        Set<Thread> before = Thread.getAllStackTraces().keySet();

        Set<String> running = runNodes(dir.resolve("second"));

        assertThat(running).as("every thread the nodes started").allMatch(name -> name.startsWith("ccoin-"))
                .contains("ccoin-chain", "ccoin-miner", "ccoin-p2p", "ccoin-p2p-sync", "ccoin-p2p-admission",
                        "ccoin-p2p-solve", "ccoin-p2p-fetch",
                        "ccoin-api-events")
                .anyMatch(name -> name.startsWith("ccoin-pow-"))
                .anyMatch(name -> name.startsWith("ccoin-p2p-in-"))
                .anyMatch(name -> name.startsWith("ccoin-p2p-out-"))
                .anyMatch(name -> name.startsWith("ccoin-p2p-write-"))
                .anyMatch(name -> name.matches("ccoin-api-\\d+"));
        try {
            Await.until(DEADLINE, "every thread of the stopped nodes to end", () -> startedSince(before).isEmpty());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; still alive: " + names(startedSince(before)), e);
        }
    }

    /**
     * Runs a validator with its network, API and miner, and a basic node syncing from it, until the basic node has a
     * block of the validator and the API has served a status and an event stream; then stops both.
     *
     * @return the names of the threads that started meanwhile, taken while both nodes ran
     */
    private static Set<String> runNodes(Path root) throws IOException {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        try (TestNet net = new TestNet(root, TestChain.params(1))) {
            Member validator = net.validator(0, List.of(), TestNet.fastConfig());
            Member peer = net.basic(List.of(validator.endpoint()), TestNet.fastConfig());
            try (ApiServer api = ApiServer.start(validator.node(), validator.network(),
                    Optional.of(validator.network().nodeId()), "127.0.0.1", 0);
                 Socket events = subscribe(api.port())) {
                Await.until(DEADLINE, "the peer synced a block the validator sealed",
                        () -> peer.node().chain().head().height() >= 1);
                assertThat(get(api.port(), "/api/v1/status")).startsWith("HTTP/1.1 200");
                return names(startedSince(before));
            }
        }
    }

    @Test
    void stopShutsTheExecutorsDownAndAwaitStopWaitsForTheFactoriesThreads() throws InterruptedException {
        NodeScheduler threads = new NodeScheduler();
        ExecutorService chain = threads.chainThread();
        ThreadFactory factory = threads.threads("ccoin-test");
        CountDownLatch release = new CountDownLatch(1);
        Thread worker = factory.newThread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        chain.execute(() -> { });

        threads.stop();

        assertThat(chain.isShutdown()).isTrue();
        assertThat(worker.getName()).isEqualTo("ccoin-test-0");
        assertThat(threads.awaitStop(Duration.ofMillis(50))).as("a factory thread still running").isFalse();
        release.countDown();
        assertThat(threads.awaitStop(DEADLINE)).isTrue();
        assertThat(chain.isTerminated()).isTrue();
        assertThat(worker.isAlive()).isFalse();
    }

    private static Set<Thread> startedSince(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && !before.contains(thread))
                .collect(Collectors.toSet());
    }

    private static Set<String> names(Set<Thread> threads) {
        return threads.stream().map(Thread::getName).collect(Collectors.toSet());
    }

    /** A raw HTTP exchange, so no client thread of the test is mistaken for one of the node's. */
    private static String get(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) DEADLINE.toMillis());
            socket.getOutputStream().write(request(path).getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** An open event stream, read up to its {@code : connected} greeting. */
    private static Socket subscribe(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        try {
            socket.setSoTimeout((int) DEADLINE.toMillis());
            socket.getOutputStream().write(request("/api/v1/events").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            while (!read.toString(StandardCharsets.UTF_8).contains(": connected")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("the event stream ended before its greeting: " + read);
                }
                read.write(b);
            }
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private static String request(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    }
}
