package dev.ccoin.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Asks a node's {@code GET /status} every few milliseconds on a thread of its own, as a user watching the node
 * would, and keeps each answer's latency and the admission difficulty it reported. A call that fails or takes longer
 * than its timeout is kept with {@link Sample#answered} false. Runs until {@link #stop} or its time limit.
 */
final class ApiProbe implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

    /** One call: when it started (since the probe's start), how long it took, and the bits the node reported. */
    record Sample(long atNanos, long latencyNanos, boolean answered, int bits) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CALL_TIMEOUT).build();
    private final HttpRequest request;
    private final long intervalMillis;
    private final long limitNanos;
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;
    private final long startedNanos = System.nanoTime();
    private volatile boolean stopped;

    private ApiProbe(String statusUrl, long intervalMillis, Duration limit) {
        this.request = HttpRequest.newBuilder(URI.create(statusUrl)).timeout(CALL_TIMEOUT).GET().build();
        this.intervalMillis = intervalMillis;
        this.limitNanos = limit.toNanos();
        this.thread = new Thread(this::probe, "ccoin-bench-api-probe");
        thread.setDaemon(true);
    }

    /** Starts probing {@code statusUrl} every {@code intervalMillis}, for at most {@code limit}. */
    static ApiProbe start(String statusUrl, long intervalMillis, Duration limit) {
        ApiProbe probe = new ApiProbe(statusUrl, intervalMillis, limit);
        probe.thread.start();
        return probe;
    }

    long startedNanos() {
        return startedNanos;
    }

    /** The samples so far, in call order. */
    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** Stops the probe and waits for its last call to end. */
    void stop() throws InterruptedException {
        stopped = true;
        thread.interrupt();
        thread.join(CALL_TIMEOUT.toMillis() * 2);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void probe() {
        while (!stopped && System.nanoTime() - startedNanos < limitNanos) {
            long at = System.nanoTime();
            Sample sample;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long latency = System.nanoTime() - at;
                JsonNode admission = JSON.readTree(response.body()).path("admission");
                sample = new Sample(at - startedNanos, latency, response.statusCode() == 200,
                        admission.path("bits").asInt(-1));
            } catch (IOException e) {
                sample = new Sample(at - startedNanos, System.nanoTime() - at, false, -1);
            } catch (InterruptedException e) {
                return;
            }
            samples.add(sample);
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
