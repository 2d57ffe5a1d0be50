package dev.ccoin.cli.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A connection flood from {@code addresses} loopback source addresses (from {@code 127.1.0.1} on, never
 * {@code 127.0.0.x}) against a node's P2P port: each of {@code threads} threads opens a connection from the next
 * address in turn, reads what the node sends first and closes it without answering, again and again until the
 * flood's time is up. A few hundred addresses soon fail often enough to be refused at accept; tens of thousands
 * (an attacker with many addresses) each fail too rarely for that, so every connection costs the node a puzzle.
 * What the node did with each connection is counted per second of the flood: it sent its puzzle
 * ({@link Outcome#PUZZLED}), it closed the connection before sending anything ({@link Outcome#REFUSED}, as it does
 * at accept for an IP refused for its failures), or the connection failed here ({@link Outcome#FAILED}: connect
 * refused or timed out). Bounded in time and threads.
 */
final class ConnectionFlood {
    /** Source addresses at most: 127.1.0.1 to 127.200.255.254. */
    static final int MAX_ADDRESSES = 200 * 256 * 254;
    private static final int TIMEOUT_MS = 2_000;

    /** What the node did with one flood connection. */
    enum Outcome {
        PUZZLED, REFUSED, FAILED
    }

    private final int port;
    private final int addresses;
    private final int threads;
    private final int seconds;
    private final AtomicLong next = new AtomicLong();
    private final AtomicLongArray[] counts = new AtomicLongArray[Outcome.values().length];
    private volatile long startedNanos;

    ConnectionFlood(int port, int addresses, int threads, int seconds) {
        if (addresses < 1 || addresses > MAX_ADDRESSES) {
            throw new IllegalArgumentException("a flood comes from 1.." + MAX_ADDRESSES + " addresses");
        }
        this.port = port;
        this.addresses = addresses;
        this.threads = threads;
        this.seconds = seconds;
        for (Outcome outcome : Outcome.values()) {
            counts[outcome.ordinal()] = new AtomicLongArray(seconds + 1);
        }
    }

    /** Starts the flood's threads; {@link #await} waits for them to end, {@code seconds} after this call. */
    List<Thread> start() {
        startedNanos = System.nanoTime();
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(this::flood, "ccoin-bench-flood-" + i);
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        return started;
    }

    /** Waits until every flood thread has ended (each ends by itself when the flood's time is up). */
    static void await(List<Thread> started) throws InterruptedException {
        for (Thread thread : started) {
            thread.join();
        }
    }

    long startedNanos() {
        return startedNanos;
    }

    /** Connections of {@code outcome} in second {@code second} (0-based) of the flood. */
    long count(Outcome outcome, int second) {
        return counts[outcome.ordinal()].get(second);
    }

    private void flood() {
        long end = startedNanos + seconds * 1_000_000_000L;
        for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
            Outcome outcome = attempt();
            int second = (int) Math.min(seconds, (System.nanoTime() - startedNanos) / 1_000_000_000L);
            counts[outcome.ordinal()].incrementAndGet(second);
        }
    }

    /** The {@code index}th source address: 127.1.0.1, 127.1.0.2, … 127.1.0.254, 127.1.1.1, … */
    static String source(int index) {
        return "127." + (1 + index / (256 * 254)) + "." + (index / 254 % 256) + "." + (1 + index % 254);
    }

    private Outcome attempt() {
        String source = source((int) (next.getAndIncrement() % addresses));
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(TIMEOUT_MS);
            try {
                socket.bind(new InetSocketAddress(source, 0));
                socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MS);
            } catch (IOException e) {
                return Outcome.FAILED;
            }
            try {
                // A PUZ frame's first byte is enough to know the node spent a puzzle on this connection.
                return socket.getInputStream().read() < 0 ? Outcome.REFUSED : Outcome.PUZZLED;
            } catch (IOException e) {
                // Reset, or nothing within the timeout: the node served this connection nothing.
                return Outcome.REFUSED;
            }
        } catch (IOException e) {
            return Outcome.FAILED;
        }
    }
}
