package dev.ccoin.discovery;

import dev.ccoin.discovery.http.DiscoveryServer;
import dev.ccoin.discovery.peers.Authenticator;
import dev.ccoin.discovery.peers.Registry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running discovery service: the {@link Registry} (which owns all state), the HTTP server, and the
 * {@code ccoin-discovery-sweep} thread that drops expired registrations every {@link #SWEEP_INTERVAL}. It creates
 * and stops both threads' owners itself. Thread-safe; {@link #close} is idempotent.
 */
public final class DiscoveryService implements AutoCloseable {
    public static final Duration SWEEP_INTERVAL = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(DiscoveryService.class);

    private final Registry registry;
    private final DiscoveryServer server;
    private final ScheduledExecutorService sweeper;

    private DiscoveryService(Registry registry, DiscoveryServer server, ScheduledExecutorService sweeper) {
        this.registry = registry;
        this.server = server;
        this.sweeper = sweeper;
    }

    public static DiscoveryService start(DiscoveryOptions options, Clock clock) {
        Registry registry = new Registry(clock, options.capacity());
        DiscoveryServer server = DiscoveryServer.start(options.host(), options.port(), registry,
                new Authenticator(clock));
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ccoin-discovery-sweep");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(() -> sweep(registry), SWEEP_INTERVAL.toMillis(), SWEEP_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info("discovery service listening on {} (at most {} nodes)", server.url(), options.capacity());
        return new DiscoveryService(registry, server, sweeper);
    }

    private static void sweep(Registry registry) {
        int removed = registry.sweep();
        if (removed > 0) {
            LOG.debug("expired {} registrations", removed);
        }
    }

    public URI url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    public Registry registry() {
        return registry;
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        server.close();
    }
}
