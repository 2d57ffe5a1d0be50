package dev.ccoin.cli.command;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a long-running service (a node, a discovery service) until it is told to stop, then closes it once. A
 * service run as its own process stops when the JVM shuts down (Ctrl-C, SIGTERM): a shutdown hook closes it. One
 * run inside another command's JVM, as {@code localnet --in-process} runs its nodes, also stops when its thread is
 * interrupted: it is closed there and then, unless the JVM is already shutting down and the hook is closing it.
 */
public final class ServiceLifetime {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceLifetime.class);

    private ServiceLifetime() {
    }

    /** Blocks until the JVM shuts down or this thread is interrupted; {@code service} is closed either way. */
    public static void hold(AutoCloseable service, String name) {
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            close(service, name);
            closed.countDown();
        }, name + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                return; // the hook is closing it
            }
            close(service, name);
        }
    }

    private static void close(AutoCloseable service, String name) {
        try {
            service.close();
        } catch (Exception e) {
            LOG.warn("stopping {} failed: {}", name, e.toString());
        }
    }
}
