package dev.ccoin.node.api.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A real Server-Sent Events client for tests: streams the response body line by line on a reader thread, parses
 * events ({@code event:}, {@code data:}, {@code id:}, blank line) and comments ({@code :}), and lets a test wait for
 * one with a deadline. Test-only.
 */
final class EventSubscription implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String END = "\u0000end";

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;

    /** One event: its name, data (JSON) and id. */
    record Event(String name, JsonNode data, String id) {
    }

    private EventSubscription(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(() -> {
            try (Stream<String> body = response.body()) {
                body.forEach(lines::add);
            } catch (RuntimeException e) {
                // The stream ends by closing; what matters is the end marker below.
            } finally {
                lines.add(END);
            }
        }, "test-sse-reader");
        reader.setDaemon(true);
    }

    /** Opens the stream; the response status and headers are there when this returns. */
    static EventSubscription open(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        EventSubscription subscription = new EventSubscription(response);
        if (response.statusCode() == 200) {
            subscription.reader.start();
        }
        return subscription;
    }

    HttpResponse<Stream<String>> response() {
        return response;
    }

    /** Waits for the {@code : connected} greeting, after which every event reaches this subscriber. */
    void awaitConnected(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String line;
        while (!(line = nextLine(deadline, "the connected comment")).startsWith(":")) {
            if (line.equals(END)) {
                throw new AssertionError("the stream ended before it was greeted");
            }
        }
    }

    /** The next event that matches {@code wanted}, skipping others and comments. */
    Event next(Duration timeout, String what, Predicate<Event> wanted) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = nextEvent(deadline, what);
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    /** Waits for the server to end the stream. */
    void awaitEnd(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!nextLine(deadline, "the end of the stream").equals(END)) {
            // skip whatever was still sent
        }
    }

    @Override
    public void close() {
        response.body().close();
    }

    private Event nextEvent(long deadline, String what) {
        String name = "message";
        StringBuilder data = new StringBuilder();
        String id = null;
        while (true) {
            String line = nextLine(deadline, what);
            if (line.equals(END)) {
                throw new AssertionError("the stream ended while waiting for " + what);
            }
            if (line.isEmpty()) {
                if (data.length() > 0) {
                    return new Event(name, parse(data.toString()), id);
                }
                name = "message";
            } else if (line.startsWith("event:")) {
                name = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).trim());
            } else if (line.startsWith("id:")) {
                id = line.substring(3).trim();
            }
        }
    }

    private String nextLine(long deadline, String what) {
        try {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("timed out waiting for " + what);
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + what, e);
        }
    }

    private static JsonNode parse(String data) {
        try {
            return JSON.readTree(data);
        } catch (IOException e) {
            throw new AssertionError("event data is not JSON: " + data, e);
        }
    }
}
