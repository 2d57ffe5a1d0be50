package dev.ccoin.node.api.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.node.api.http.ApiException;
import dev.ccoin.node.api.http.ApiJson;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscribers of {@code /events} and the one thread that writes to them. Publishers (the chain thread, pool
 * submitters) never block: {@link #publish} queues a task, which builds the event's JSON once on the events thread
 * and sends it to every subscriber, with an increasing id. At most {@link #MAX_QUEUED} events wait; past that new
 * ones are dropped and counted, so a stalled subscriber cannot grow memory. At most {@link #MAX_SUBSCRIBERS} streams
 * are open at once (429 beyond). A comment line every {@code heartbeat} keeps idle connections open through proxies
 * and timeouts and finds subscribers that left.
 *
 * <p>Threads: the events thread ({@code ccoin-api-events}, from the node's scheduler) is the only writer to the
 * streams and the owner of the subscriber set's changes; it also starts each stream. The public methods are safe from
 * any thread.
 */
public final class EventStream implements AutoCloseable {
    public static final int MAX_SUBSCRIBERS = 64;
    public static final int MAX_QUEUED = 1024;
    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);

    private final ObjectMapper json = ApiJson.mapper();
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final Semaphore slots = new Semaphore(MAX_SUBSCRIBERS);
    private final ScheduledExecutorService thread;
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong sequence = new AtomicLong();
    private volatile boolean closed;

    /**
     * @param thread the events thread, a single-threaded scheduler handed over to this stream, which alone uses it
     *               and shuts it down in {@link #close}
     */
    public EventStream(Duration heartbeat, ScheduledExecutorService thread) {
        this.thread = thread;
        thread.scheduleAtFixedRate(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Turns the request into an event stream: reserves a subscriber slot (429 {@code TOO_MANY_SUBSCRIBERS} when all
     * are taken), sends the headers, then registers the stream on the events thread, which greets it with a
     * {@code : connected} comment — after that line the subscriber receives every event.
     */
    public void subscribe(Context ctx) {
        if (closed) {
            throw new ApiException(503, "UNAVAILABLE", "the node is stopping");
        }
        if (!slots.tryAcquire()) {
            throw new ApiException(429, "TOO_MANY_SUBSCRIBERS",
                    "already " + MAX_SUBSCRIBERS + " event streams open; close one and retry");
        }
        try {
            HttpServletResponse res = ctx.res();
            res.setStatus(200);
            res.setCharacterEncoding("UTF-8");
            res.setContentType("text/event-stream");
            res.addHeader("Cache-Control", "no-cache");
            res.addHeader("X-Accel-Buffering", "no");
            res.flushBuffer();
        } catch (IOException | RuntimeException e) {
            slots.release();
            LOG.debug("event subscriber left before the stream started: {}", e.toString());
            return;
        }
        // On the events thread too: Javalin's default would be a pool of its own that outlives the node.
        ctx.async(config -> {
            config.timeout = 0;
            config.executor = thread;
        }, () -> {
            SseClient client = new SseClient(ctx);
            client.onClose(() -> {
                clients.remove(client);
                slots.release();
            });
            client.keepAlive();
            try {
                thread.execute(() -> {
                    if (closed) {
                        client.close();
                        return;
                    }
                    clients.add(client);
                    client.sendComment("connected");
                });
            } catch (RejectedExecutionException e) {
                client.close();
            }
        });
    }

    /**
     * Queues an event; {@code data} is built on the events thread, and a null result sends nothing. Never blocks.
     */
    public void publish(String name, Supplier<Object> data) {
        if (closed || clients.isEmpty()) {
            return;
        }
        if (queued.incrementAndGet() > MAX_QUEUED) {
            queued.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        try {
            thread.execute(() -> {
                queued.decrementAndGet();
                send(name, data);
            });
        } catch (RejectedExecutionException e) {
            queued.decrementAndGet();
        }
    }

    public int subscribers() {
        return clients.size();
    }

    /** Events dropped because {@link #MAX_QUEUED} were already waiting. */
    public long dropped() {
        return dropped.get();
    }

    /** Ends every stream and the events thread. */
    @Override
    public void close() {
        closed = true;
        try {
            thread.execute(() -> List.copyOf(clients).forEach(SseClient::close));
        } catch (RejectedExecutionException e) {
            return;
        }
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.shutdownNow();
        }
    }

    private void send(String name, Supplier<Object> data) {
        String text;
        try {
            Object value = data.get();
            if (value == null) {
                return;
            }
            text = json.writeValueAsString(value);
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("cannot build the {} event: {}", name, e.toString(), e);
            return;
        }
        String id = Long.toString(sequence.incrementAndGet());
        for (SseClient client : clients) {
            if (!client.terminated()) {
                client.sendEvent(name, text, id);
            }
        }
    }

    private void heartbeat() {
        try {
            for (SseClient client : clients) {
                if (!client.terminated()) {
                    client.sendComment("ping");
                }
            }
        } catch (RuntimeException e) {
            // A failure here must not cancel the periodic task.
            LOG.warn("event stream heartbeat failed: {}", e.toString(), e);
        }
    }
}
