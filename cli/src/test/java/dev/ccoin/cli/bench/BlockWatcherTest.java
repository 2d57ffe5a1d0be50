package dev.ccoin.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ccoin.client.api.NodeClient;
import dev.ccoin.core.testing.Await;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The watcher against a real HTTP server whose chain a test rewrites, as a reorg would. */
class BlockWatcherTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    /** A canonical chain as the API shows it: index = height, each block {hash, parentHash, transactions}. */
    private final List<String[]> chain = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void serveTheChain() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/blocks/", this::answer);
        server.start();
        chain.add(new String[] {"g", ""});
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/api/v1/blocks/".length());
        String body;
        int status = 200;
        if (id.equals("count")) {
            body = Integer.toString(chain.size());
        } else if (Integer.parseInt(id) < chain.size()) {
            int height = Integer.parseInt(id);
            String[] block = chain.get(height);
            body = "{\"height\":" + height + ",\"hash\":\"" + block[0] + "\",\"parentHash\":\""
                    + chain.get(Math.max(0, height - 1))[0] + "\",\"transactions\":[" + block[1] + "]}";
        } else {
            status = 404;
            body = "{\"error\":\"BLOCK_NOT_FOUND\",\"message\":\"no block\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private NodeClient client() {
        return NodeClient.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @Test
    void aTransactionOnlyTheWinningBranchIncludesIsSeenAfterAReorg() throws InterruptedException {
        chain.add(new String[] {"a1", "\"t1\""});
        chain.add(new String[] {"a2", "\"t2\""});
        try (BlockWatcher watcher = new BlockWatcher(client(), 0, 10)) {
            Await.until(DEADLINE, "branch a seen", () -> watcher.firstSeen("t2") != null);

            chain.set(2, new String[] {"b2", "\"t3\""});
            chain.set(1, new String[] {"b1", "\"t1\""});
            chain.add(new String[] {"b3", "\"t4\""});

            Await.until(DEADLINE, "branch b seen", () -> watcher.firstSeen("t4") != null);
            assertThat(watcher.firstSeen("t3")).as("only in the new block at height 2").isNotNull();
            assertThat(watcher.blocks()).extracting(BlockWatcher.Seen::hash).contains("a1", "a2", "b1", "b2", "b3");
        }
    }
}
