package dev.ccoin.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.cli.client.ApiCallException;
import dev.ccoin.cli.client.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches one node's canonical chain grow by polling {@code GET /blocks/count} every {@code pollMillis} and fetching
 * each new block, and notes when each transaction hash was first seen in a block — the inclusion time, to within
 * one poll. A block replaced by a reorg before it was fetched is simply never seen; the final audit reads the
 * canonical chain again. Its own thread polls; {@link #firstSeen} and {@link #blocks} are safe from any thread.
 */
final class BlockWatcher implements AutoCloseable {
    /** A block as first seen: its height, hash, transaction count and when it was fetched. */
    record Seen(long height, String hash, int transactions, long seenNanos) {
    }

    private final ApiClient api;
    private final long pollMillis;
    private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
    private final List<Seen> blocks = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private long nextHeight;

    /** Starts watching from the block after {@code startHeight}. */
    BlockWatcher(ApiClient api, long startHeight, long pollMillis) {
        this.api = api;
        this.pollMillis = pollMillis;
        this.nextHeight = startHeight + 1;
        this.thread = new Thread(this::loop, "ccoin-bench-block-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                long count = api.get("/blocks/count").asLong();
                while (running && nextHeight < count) {
                    JsonNode block = api.get("/blocks/" + nextHeight);
                    record(block, System.nanoTime());
                    nextHeight++;
                }
            } catch (ApiCallException e) {
                // A busy node or a block replaced between the two calls: look again at the next poll.
            }
            try {
                Thread.sleep(pollMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record(JsonNode block, long now) {
        JsonNode transactions = block.path("transactions");
        for (JsonNode hash : transactions) {
            firstSeen.putIfAbsent(hash.asText(), now);
        }
        synchronized (blocks) {
            blocks.add(new Seen(block.path("height").asLong(), block.path("hash").asText(), transactions.size(), now));
        }
    }

    /** When {@code txHash} was first seen in a block, or null. */
    Long firstSeen(String txHash) {
        return firstSeen.get(txHash);
    }

    /** The blocks seen so far, oldest first. */
    List<Seen> blocks() {
        synchronized (blocks) {
            return new ArrayList<>(blocks);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
    }
}
