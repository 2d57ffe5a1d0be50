package dev.ccoin.node.discovery;

import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.discovery.Deregistration;
import dev.ccoin.core.discovery.Registration;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.config.HostPort;
import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a node registered with its network's discovery service and feeds the peers it lists to the P2P network.
 * Each round registers (signed with the node key), then fetches the network's peers, drops this node itself and
 * hands the rest to {@code candidates}; rounds repeat every {@link DiscoveryTimings#refreshInterval()} while the
 * service answers, and after a capped exponential backoff while it is down or refusing. State changes (up, down,
 * refused with a reason) are logged once each; nothing is ever thrown into the node. {@link #close} stops the
 * rounds and deregisters.
 *
 * <p>Thread-safe. All network work runs on the injected scheduler's thread, which owns the round state;
 * {@link #close} may be called from any thread, and should be called before that scheduler is stopped.
 */
public final class DiscoveryClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiscoveryClient.class);

    private final DiscoveryApi api;
    private final KeyPair nodeKey;
    private final Bytes publicKey;
    private final Address nodeId;
    private final long networkId;
    private final Hash32 genesisHash;
    private final String host;
    private final int port;
    private final Consumer<List<HostPort>> candidates;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final DiscoveryTimings timings;
    private final Backoff backoff;

    private final Object lock = new Object();
    private boolean closed;
    private Future<?> nextRound;
    private long lastTimestamp;
    private volatile boolean registered;
    private volatile ServiceState state = ServiceState.UNKNOWN;
    private String refusalCode;

    private DiscoveryClient(URI service, KeyPair nodeKey, long networkId, Hash32 genesisHash, String host,
            int p2pPort, Consumer<List<HostPort>> candidates, ScheduledExecutorService scheduler, Clock clock,
            DiscoveryTimings timings) {
        this.api = new DiscoveryApi(service, timings.requestTimeout());
        this.nodeKey = nodeKey;
        this.publicKey = RsaKeys.encode(nodeKey.getPublic());
        this.nodeId = RsaKeys.address(publicKey);
        this.networkId = networkId;
        this.genesisHash = Objects.requireNonNull(genesisHash, "genesisHash");
        this.host = host;
        this.port = p2pPort;
        this.candidates = Objects.requireNonNull(candidates, "candidates");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timings = timings;
        this.backoff = new Backoff(timings.initialBackoff(), timings.maxBackoff());
        // Checks host, port and network id now, so a bad setting fails the node's start, not every round.
        new Registration(nodeId, host, p2pPort, networkId, genesisHash, 0);
    }

    /**
     * Starts registering {@code host:p2pPort} for node key {@code nodeKey} on network ({@code networkId},
     * {@code genesisHash}) with the service at {@code service} (e.g. {@code http://127.0.0.1:4444}); the first
     * round runs at once on {@code scheduler}. Throws {@link IllegalArgumentException} for an unusable URL, host
     * or port (a wildcard such as 0.0.0.0 is not an address peers can reach).
     */
    public static DiscoveryClient start(URI service, KeyPair nodeKey, long networkId, Hash32 genesisHash,
            String host, int p2pPort, Consumer<List<HostPort>> candidates, ScheduledExecutorService scheduler,
            Clock clock) {
        return start(service, nodeKey, networkId, genesisHash, host, p2pPort, candidates, scheduler, clock,
                DiscoveryTimings.DEFAULT);
    }

    /** As the other {@code start}, with other timings (tests use short ones). */
    public static DiscoveryClient start(URI service, KeyPair nodeKey, long networkId, Hash32 genesisHash,
            String host, int p2pPort, Consumer<List<HostPort>> candidates, ScheduledExecutorService scheduler,
            Clock clock, DiscoveryTimings timings) {
        DiscoveryClient client = new DiscoveryClient(service, nodeKey, networkId, genesisHash, host, p2pPort,
                candidates, scheduler, clock, timings);
        client.schedule(Duration.ZERO);
        return client;
    }

    /** What the client last learnt of the service. */
    public ServiceState state() {
        return state;
    }

    /** This node's id, as registered. */
    public Address nodeId() {
        return nodeId;
    }

    /**
     * Stops the rounds and, if the node is registered, deregisters it, waiting at most about two request timeouts.
     * Idempotent; never throws. Not to be called from a task of the client's own scheduler, which would wait on
     * itself until that timeout.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (nextRound != null) {
                nextRound.cancel(false);
            }
        }
        try {
            // On the scheduler thread, so it follows a round that may be in flight.
            long waitMillis = timings.requestTimeout().toMillis() * 2 + 500;
            scheduler.submit(this::deregister).get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            deregister();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("deregistration from {} did not finish: {}", api.base(), e.toString());
        }
    }

    private void schedule(Duration delay) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            try {
                nextRound = scheduler.schedule(this::round, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                LOG.debug("scheduler stopped; discovery rounds end");
            }
        }
    }

    private void round() {
        synchronized (lock) {
            if (closed) {
                return;
            }
        }
        Duration delay;
        try {
            boolean accepted = register();
            learnPeers();
            if (accepted) {
                enter(ServiceState.UP, null, "registered as " + nodeId.toHex() + " at " + endpoint());
                backoff.reset();
                delay = timings.refreshInterval();
            } else {
                delay = backoff.next();
            }
        } catch (DiscoveryCallException e) {
            if (e.failure() == DiscoveryCallException.Failure.REFUSED) {
                enter(ServiceState.REFUSED, e.serviceCode().orElse(""), e.getMessage());
            } else {
                enter(ServiceState.DOWN, null, e.getMessage());
            }
            delay = backoff.next();
        } catch (RuntimeException e) {
            LOG.warn("discovery round failed unexpectedly; retrying", e);
            delay = backoff.next();
        }
        if (state != ServiceState.UP) {
            LOG.debug("next discovery attempt in {} ms", delay.toMillis());
        }
        schedule(delay);
    }

    /** Registers; false when the service refused this registration (it may still list peers). */
    private boolean register() {
        Registration registration = new Registration(nodeId, host, port, networkId, genesisHash, nextTimestamp());
        try {
            api.register(registration, publicKey, registration.sign(nodeKey.getPrivate()));
            registered = true;
            return true;
        } catch (DiscoveryCallException e) {
            if (e.failure() != DiscoveryCallException.Failure.REFUSED) {
                throw e;
            }
            enter(ServiceState.REFUSED, e.serviceCode().orElse(""), e.getMessage());
            return false;
        }
    }

    private void learnPeers() {
        List<HostPort> peers = api.peers(networkId, genesisHash).stream()
                .filter(peer -> !peer.nodeId().equals(nodeId))
                .map(DiscoveryApi.ListedPeer::endpoint)
                .distinct()
                .toList();
        if (peers.isEmpty()) {
            return;
        }
        try {
            candidates.accept(peers);
        } catch (RuntimeException e) {
            LOG.warn("the peer candidates consumer failed on {} peers from discovery", peers.size(), e);
        }
    }

    private void deregister() {
        if (!registered) {
            return;
        }
        registered = false;
        Deregistration deregistration = new Deregistration(nodeId, nextTimestamp());
        try {
            api.deregister(deregistration, deregistration.sign(nodeKey.getPrivate()));
            LOG.info("deregistered {} from discovery service {}", nodeId.toHex(), api.base());
        } catch (DiscoveryCallException e) {
            LOG.info("could not deregister from discovery service {} ({}); the registration expires by itself",
                    api.base(), e.getMessage());
        }
    }

    /** Strictly increasing, so the service never takes a request of ours for a replay. */
    private long nextTimestamp() {
        synchronized (lock) {
            lastTimestamp = Math.max(clock.millis(), lastTimestamp + 1);
            return lastTimestamp;
        }
    }

    private void enter(ServiceState next, String code, String detail) {
        ServiceState previous = state;
        boolean sameRefusal = next == ServiceState.REFUSED && Objects.equals(code, refusalCode);
        if (previous == next && (next != ServiceState.REFUSED || sameRefusal)) {
            if (next != ServiceState.UP) {
                LOG.debug("discovery service {} still {}: {}", api.base(), next, detail);
            }
            return;
        }
        state = next;
        refusalCode = code;
        switch (next) {
            case UP -> LOG.info("discovery service {} {}: {}", api.base(),
                    previous == ServiceState.UNKNOWN ? "reached" : "is back", detail);
            case DOWN -> LOG.warn("discovery service {} unreachable ({}); retrying with backoff up to {} s, "
                    + "peers still come from bootnodes and peer exchange", api.base(), detail,
                    timings.maxBackoff().toSeconds());
            case REFUSED -> LOG.warn("discovery service {} refuses this node: {}; retrying with backoff",
                    api.base(), detail);
            default -> { }
        }
    }

    private String endpoint() {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }
}
