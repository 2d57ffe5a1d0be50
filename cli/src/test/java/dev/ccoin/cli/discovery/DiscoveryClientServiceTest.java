package dev.ccoin.cli.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.discovery.DiscoveryOptions;
import dev.ccoin.discovery.DiscoveryService;
import dev.ccoin.discovery.peers.PeerEntry;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.config.HostPort;
import dev.ccoin.node.discovery.DiscoveryClient;
import dev.ccoin.node.discovery.DiscoveryTimings;
import dev.ccoin.node.discovery.ServiceState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The node's discovery client against the real discovery service, both on loopback: registration, refresh,
 * peers of the same network found, deregistration, and an outage ridden out. (Here because only the cli module
 * sees both the node and the discovery module.)
 */
class DiscoveryClientServiceTest {
    private static final Hash32 GENESIS = Hash32.parse("ef".repeat(32));
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final DiscoveryTimings FAST = new DiscoveryTimings(Duration.ofMillis(200), Duration.ofMillis(50),
            Duration.ofMillis(400), Duration.ofSeconds(2));

    private final NodeScheduler scheduler = new NodeScheduler();
    private final List<DiscoveryClient> clients = new ArrayList<>();
    private DiscoveryService service;

    @AfterEach
    void stop() {
        clients.forEach(DiscoveryClient::close);
        scheduler.close();
        if (service != null) {
            service.close();
        }
    }

    private DiscoveryService startService(int port) {
        service = DiscoveryService.start(DiscoveryOptions.defaults().withPort(port), Clock.systemUTC());
        return service;
    }

    private DiscoveryClient node(URI url, int keyIndex, long networkId, int p2pPort, Set<HostPort> learnt) {
        DiscoveryClient client = DiscoveryClient.start(url, TestKeys.get(keyIndex), networkId, GENESIS, "127.0.0.1",
                p2pPort, learnt::addAll, scheduler.scheduler("ccoin-discovery"), Clock.systemUTC(), FAST);
        clients.add(client);
        return client;
    }

    private static Set<HostPort> learnt() {
        return ConcurrentHashMap.newKeySet();
    }

    private PeerEntry entryOf(int keyIndex) {
        return service.registry().find(RsaKeys.address(TestKeys.get(keyIndex).getPublic())).orElse(null);
    }

    @Test
    void twoNodesOfOneNetworkRegisterAndFindEachOther() {
        startService(0);
        Set<HostPort> learntByA = learnt();
        Set<HostPort> learntByB = learnt();

        node(service.url(), 0, 7, 31001, learntByA);
        node(service.url(), 1, 7, 31002, learntByB);

        Await.until(WAIT, "A learns B", () -> learntByA.contains(new HostPort("127.0.0.1", 31002)));
        Await.until(WAIT, "B learns A", () -> learntByB.contains(new HostPort("127.0.0.1", 31001)));
        assertThat(learntByA).doesNotContain(new HostPort("127.0.0.1", 31001));
        assertThat(service.registry().network(7, GENESIS, 100)).hasSize(2);
    }

    @Test
    void nodeOfAnotherNetworkIsNeverHandedOver() {
        startService(0);
        Set<HostPort> learntByA = learnt();
        Set<HostPort> learntByB = learnt();
        Set<HostPort> learntByC = learnt();
        node(service.url(), 0, 7, 31001, learntByA);
        node(service.url(), 1, 8, 31002, learntByB);
        node(service.url(), 2, 7, 31003, learntByC);

        Await.until(WAIT, "A learns C", () -> learntByA.contains(new HostPort("127.0.0.1", 31003)));

        assertThat(learntByA).doesNotContain(new HostPort("127.0.0.1", 31002));
        assertThat(learntByB).isEmpty();
    }

    @Test
    void registrationIsRefreshedWhileTheNodeRuns() {
        startService(0);
        node(service.url(), 0, 7, 31001, learnt());
        Await.until(WAIT, "registered", () -> entryOf(0) != null);
        long firstTimestamp = entryOf(0).registration().timestamp();

        Await.until(WAIT, "a refresh", () -> entryOf(0).registration().timestamp() > firstTimestamp);
    }

    @Test
    void closingTheClientDeregistersTheNode() {
        startService(0);
        DiscoveryClient client = node(service.url(), 0, 7, 31001, learnt());
        Await.until(WAIT, "registered", () -> entryOf(0) != null);

        client.close();

        assertThat(entryOf(0)).isNull();
        assertThat(service.registry().size()).isZero();
    }

    @Test
    void clientStartedBeforeTheServiceRegistersOnceTheServiceIsUp() {
        int port = unusedPort();
        DiscoveryClient client = node(URI.create("http://127.0.0.1:" + port), 0, 7, 31001, learnt());
        Await.until(WAIT, "service seen down", () -> client.state() == ServiceState.DOWN);

        startService(port);

        Await.until(WAIT, "registered after the service started", () -> entryOf(0) != null);
        Await.until(WAIT, "service seen up", () -> client.state() == ServiceState.UP);
    }

    @Test
    void serviceRestartIsRiddenOutAndTheNodeRegistersAgain() {
        startService(0);
        int port = service.port();
        DiscoveryClient client = node(service.url(), 0, 7, 31001, learnt());
        Await.until(WAIT, "registered", () -> entryOf(0) != null);

        service.close();
        Await.until(WAIT, "service seen down", () -> client.state() == ServiceState.DOWN);
        startService(port);

        Await.until(WAIT, "registered with the new service", () -> entryOf(0) != null);
        Await.until(WAIT, "service seen up", () -> client.state() == ServiceState.UP);
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
