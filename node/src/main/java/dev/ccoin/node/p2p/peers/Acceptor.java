package dev.ccoin.node.p2p.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening socket and its accept thread, which hands each accepted socket to a handler and goes straight back
 * to accepting. Thread-safe: the accept thread owns the loop; {@link #close} may come from any thread.
 */
public final class Acceptor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Acceptor.class);
    private static final int BACKLOG = 128;

    private final ServerSocket server;
    private volatile boolean closed;

    private Acceptor(ServerSocket server) {
        this.server = server;
    }

    /** Binds {@code host:port} (port 0: any free port); {@link #start} begins accepting. */
    public static Acceptor bind(String host, int port) {
        ServerSocket server;
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(host, port), BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for peers on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return new Acceptor(server);
    }

    /** Starts the accept thread, which hands every accepted socket to {@code handler}. */
    public void start(Consumer<Socket> handler, ThreadFactory threads) {
        Thread thread = threads.newThread(() -> run(handler));
        thread.setName("ccoin-p2p-accept");
        thread.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    private void run(Consumer<Socket> handler) {
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("accepting peers failed: {}", e.getMessage());
                    pauseAfterFailure();
                }
                continue;
            }
            try {
                handler.accept(socket);
            } catch (RuntimeException e) {
                LOG.warn("handling an accepted connection failed", e);
                closeQuietly(socket);
            }
        }
    }

    /** Out of file descriptors, say: give the node a moment instead of spinning on the failing accept. */
    private static void pauseAfterFailure() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Refusing the connection is all that was wanted.
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // The socket is closed either way.
        }
    }
}
