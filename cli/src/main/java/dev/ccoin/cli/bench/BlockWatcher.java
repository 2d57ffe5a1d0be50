package dev.ccoin.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.client.api.ApiException;
import dev.ccoin.client.api.NodeClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches one node's canonical chain grow by polling {@code GET /blocks/count} every {@code pollMillis} and fetching
 * each new block, and notes when each transaction hash was first seen in a block — the inclusion time, to within
 * one poll. A block whose parent is not the block it fetched at the height below means a reorg replaced that one:
 * it steps back and fetches the new branch from where it forks, so a transaction included only on the winning
 * branch is still seen (a replaced block stays among {@link #blocks}, and an inclusion time is the first one seen).
 * The final audit reads the canonical chain again. Its own thread polls; {@link #firstSeen} and {@link #blocks} are
 * safe from any thread.
 */
final class BlockWatcher implements AutoCloseable {
    /** A block as first seen: its height, hash, transaction count and when it was fetched. */
    record Seen(long height, String hash, int transactions, long seenNanos) {
    }

    private final NodeClient api;
    private final long pollMillis;
    private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
    private final List<Seen> blocks = new ArrayList<>();
    /** The hash of the block fetched at each height, as the watched branch; the watcher thread's own. */
    private final Map<Long, String> branch = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private long nextHeight;

    /** Starts watching from the block after {@code startHeight}. */
    BlockWatcher(NodeClient api, long startHeight, long pollMillis) {
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
                long count = api.json("/blocks/count").asLong();
                while (running && nextHeight < count) {
                    JsonNode block = api.json("/blocks/" + nextHeight);
                    String below = branch.get(nextHeight - 1);
                    if (below != null && !below.equals(block.path("parentHash").asText())) {
                        branch.remove(nextHeight - 1);
                        nextHeight--;
                        continue;
                    }
                    record(block, System.nanoTime());
                    branch.put(nextHeight, block.path("hash").asText());
                    nextHeight++;
                }
            } catch (ApiException e) {
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
