package dev.ccoin.client.events;

import dev.ccoin.client.api.ApiError;
import dev.ccoin.client.api.ApiException;
import dev.ccoin.client.api.ApiJson;
import dev.ccoin.client.api.BlockId;
import dev.ccoin.client.api.EventStreamRequest;
import dev.ccoin.client.api.NodeClient;
import dev.ccoin.client.model.Block;
import dev.ccoin.client.model.TransactionInfo;
import dev.ccoin.core.types.Hash32;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * A subscription to a node's {@code GET /events} (Server-Sent Events) that survives the connection: when the stream
 * ends or cannot be opened — the node restarts, the connection drops — it reconnects, waiting {@code minBackoff}
 * first and doubling up to {@code maxBackoff}, until {@link #close()}.
 *
 * <p>Resume: the node keeps no history of its events (their ids restart with the node, and it ignores
 * {@code Last-Event-ID}), so after each reconnect the subscription catches up on blocks itself: it asks for every
 * canonical block above the last one it delivered ({@code GET /blocks/{height}}) and delivers those it has not,
 * before the live ones. Blocks are delivered once each (by hash). Transactions admitted while disconnected are not
 * replayed; {@code GET /txpool} shows the pool.
 *
 * <p>Threads: owns one reader thread, {@code ccoin-events}, on which the {@link EventListener} is called. Thread-safe.
 */
public final class EventSubscription implements AutoCloseable {
    public static final Duration DEFAULT_MIN_BACKOFF = Duration.ofMillis(100);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(5);
    private static final int REMEMBERED_BLOCKS = 4_096;

    private final NodeClient client;
    private final EventListener listener;
    private final Duration minBackoff;
    private final Duration maxBackoff;
    private final Thread reader;
    private final Set<Hash32> delivered = new LinkedHashSet<>();
    private volatile boolean closed;
    private volatile InputStream current;
    private long lastHeight = -1;
    private volatile long connections;

    private EventSubscription(NodeClient client, EventListener listener, Duration minBackoff, Duration maxBackoff) {
        this.client = client;
        this.listener = listener;
        this.minBackoff = minBackoff;
        this.maxBackoff = maxBackoff;
        this.reader = new Thread(this::run, "ccoin-events");
        this.reader.setDaemon(true);
    }

    /** Subscribes to {@code client}'s node with the default backoff; events start once connected. */
    public static EventSubscription start(NodeClient client, EventListener listener) {
        return start(client, listener, DEFAULT_MIN_BACKOFF, DEFAULT_MAX_BACKOFF);
    }

    public static EventSubscription start(NodeClient client, EventListener listener, Duration minBackoff,
            Duration maxBackoff) {
        if (minBackoff.isNegative() || minBackoff.isZero() || maxBackoff.compareTo(minBackoff) < 0) {
            throw new IllegalArgumentException("backoff must be positive and min <= max");
        }
        EventSubscription subscription = new EventSubscription(client, listener, minBackoff, maxBackoff);
        subscription.reader.start();
        return subscription;
    }

    /** How many times the stream has been opened: 1 after the first connection, more after reconnects. */
    public long connections() {
        return connections;
    }

    /** Ends the stream and the reader thread, waiting for it. Idempotent. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(current);
        reader.interrupt();
        if (Thread.currentThread() != reader) {
            try {
                reader.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        long backoff = minBackoff.toMillis();
        while (!closed) {
            ApiException reason;
            try (InputStream in = EventStreamRequest.open(client)) {
                current = in;
                if (closed) {
                    return;
                }
                connections++;
                backoff = minBackoff.toMillis();
                new ServerSentEvents(in).readAll(new Dispatch());
                reason = ApiException.transport(ApiError.UNREACHABLE, 0, "the event stream of " + client.base()
                        + " ended", null);
            } catch (ApiException e) {
                reason = e;
            } catch (IOException | RuntimeException e) {
                reason = ApiException.transport(ApiError.UNREACHABLE, 0, "the event stream of " + client.base()
                        + " failed: " + e, e);
            } finally {
                current = null;
            }
            if (closed) {
                return;
            }
            notifyDisconnected(reason);
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                return;
            }
            backoff = Math.min(maxBackoff.toMillis(), backoff * 2);
        }
    }

    /** Called when the node greets the stream: from here on every event comes, so catch up on what was missed. */
    private void connected() {
        guarded(listener::onConnected);
        if (lastHeight < 0) {
            return;
        }
        long head = client.blockCount() - 1;
        for (long height = lastHeight + 1; height <= head && !closed; height++) {
            deliver(client.block(BlockId.height(height)));
        }
    }

    private void deliver(Block block) {
        if (!delivered.add(block.hash())) {
            return;
        }
        if (delivered.size() > REMEMBERED_BLOCKS) {
            Iterator<Hash32> oldest = delivered.iterator();
            oldest.next();
            oldest.remove();
        }
        lastHeight = Math.max(lastHeight, block.height());
        guarded(() -> listener.onBlock(block));
    }

    private void notifyDisconnected(ApiException reason) {
        guarded(() -> listener.onDisconnected(reason));
    }

    /** A listener's failure is its own: it ends that call, not the stream. */
    private static void guarded(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException ignored) {
            // Nothing to do here: the listener owns its errors, and the next event still comes.
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // Closing only to unblock the reader.
            }
        }
    }

    /** Turns the stream's events into listener calls, on the reader thread. */
    private final class Dispatch implements ServerSentEvents.Sink {
        @Override
        public void comment(String text) {
            if ("connected".equals(text)) {
                connected();
            }
        }

        @Override
        public void event(ServerSentEvents.Event event) {
            try {
                switch (event.name()) {
                    case "block" -> deliver(ApiJson.mapper().readValue(event.data(), Block.class));
                    case "tx" -> {
                        TransactionInfo tx = ApiJson.mapper().readValue(event.data(), TransactionInfo.class);
                        guarded(() -> listener.onTransaction(tx));
                    }
                    default -> {
                        // An event this build does not know: skipped, as a newer node may send more kinds.
                    }
                }
            } catch (IOException e) {
                throw ApiException.transport(ApiError.UNEXPECTED_ANSWER, 0, "a " + event.name()
                        + " event of " + client.base() + " does not fit the API's schema: " + e.getMessage(), e);
            }
        }
    }
}
