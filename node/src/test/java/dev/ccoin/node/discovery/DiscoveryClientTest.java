package dev.ccoin.node.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.discovery.Registration;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.config.HostPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiscoveryClientTest {
    private static final Hash32 GENESIS = Hash32.parse("cd".repeat(32));
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final DiscoveryTimings FAST = new DiscoveryTimings(Duration.ofMillis(200), Duration.ofMillis(50),
            Duration.ofMillis(400), Duration.ofSeconds(2));

    private final KeyPair key = TestKeys.get(0);
    private final RecordingScheduler scheduler = new RecordingScheduler();
    private final List<List<HostPort>> handedOver = new CopyOnWriteArrayList<>();
    private StubDiscoveryService service;
    private DiscoveryClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        scheduler.shutdownNow();
        if (service != null) {
            service.close();
        }
    }

    private DiscoveryClient start(URI url, Consumer<List<HostPort>> candidates) {
        client = DiscoveryClient.start(url, key, 1, GENESIS, "127.0.0.1", 30301, candidates, scheduler,
                Clock.systemUTC(), FAST);
        return client;
    }

    private DiscoveryClient start(URI url) {
        return start(url, handedOver::add);
    }

    private static Registration other(int index, int port) {
        return new Registration(RsaKeys.address(TestKeys.get(index).getPublic()), "127.0.0.1", port, 1, GENESIS,
                1);
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void registersAtOnceWithItsSignedEndpointAndRefreshesEveryInterval() {
        service = StubDiscoveryService.start(0);

        start(service.url());

        Await.until(WAIT, "three registrations", () -> service.registrations.size() >= 3);
        Registration first = service.registrations.get(0);
        assertThat(first.nodeId()).isEqualTo(RsaKeys.address(key.getPublic()));
        assertThat(first.host()).isEqualTo("127.0.0.1");
        assertThat(first.port()).isEqualTo(30301);
        assertThat(first.networkId()).isEqualTo(1);
        assertThat(first.genesisHash()).isEqualTo(GENESIS);
        assertThat(service.registrations).extracting(Registration::timestamp).isSorted().doesNotHaveDuplicates();
        assertThat(service.badSignatures).isEmpty();
        assertThat(client.state()).isEqualTo(ServiceState.UP);
        assertThat(scheduler.delays).contains(200L);
    }

    @Test
    void listedPeersOtherThanItselfGoToTheCandidates() {
        service = StubDiscoveryService.start(0);
        service.list(other(0, 30301), other(1, 30302), other(2, 30303));

        start(service.url());

        Await.until(WAIT, "peers handed over", () -> !handedOver.isEmpty());
        assertThat(handedOver.get(0))
                .containsExactlyInAnyOrder(new HostPort("127.0.0.1", 30302), new HostPort("127.0.0.1", 30303));
    }

    @Test
    void closeDeregistersWithATimestampAfterTheLastRegistration() {
        service = StubDiscoveryService.start(0);
        start(service.url());
        Await.until(WAIT, "a registration", () -> !service.registrations.isEmpty());

        client.close();

        assertThat(service.deregistrations).hasSize(1);
        assertThat(service.deregistrations.get(0).nodeId()).isEqualTo(client.nodeId());
        long lastRegistered = service.registrations.get(service.registrations.size() - 1).timestamp();
        assertThat(service.deregistrations.get(0).timestamp()).isGreaterThan(lastRegistered);
        assertThat(service.badSignatures).isEmpty();
        assertThat(scheduler.getQueue()).allMatch(task -> ((Future<?>) task).isCancelled());
    }

    @Test
    void serviceDownMeansRetriesWithGrowingCappedBackoffAndRecoveryWhenItStarts() {
        int port = unusedPort();
        start(URI.create("http://127.0.0.1:" + port));

        Await.until(WAIT, "service marked down", () -> client.state() == ServiceState.DOWN);
        Await.until(WAIT, "backoff at its cap twice", () -> scheduler.delays.stream().filter(d -> d == 400).count() >= 2);
        assertThat(scheduler.delays.subList(0, 6)).containsExactly(0L, 50L, 100L, 200L, 400L, 400L);

        service = StubDiscoveryService.start(port);

        Await.until(WAIT, "registered after the service started", () -> !service.registrations.isEmpty());
        Await.until(WAIT, "service marked up", () -> client.state() == ServiceState.UP);
    }

    @Test
    void closeWhileTheServiceIsDownReturnsQuietly() {
        start(URI.create("http://127.0.0.1:" + unusedPort()));
        Await.until(WAIT, "service marked down", () -> client.state() == ServiceState.DOWN);

        client.close();
        client.close();

        assertThat(client.state()).isEqualTo(ServiceState.DOWN);
    }

    @Test
    void refusedRegistrationIsRetriedWithBackoffWhilePeersAreStillLearnt() {
        service = StubDiscoveryService.start(0);
        service.refuseWith("STALE_TIMESTAMP");
        service.list(other(1, 30302));

        start(service.url());

        Await.until(WAIT, "refusal noticed", () -> client.state() == ServiceState.REFUSED);
        Await.until(WAIT, "peers handed over", () -> !handedOver.isEmpty());
        assertThat(service.registrations).isEmpty();

        service.refuseWith(null);

        Await.until(WAIT, "registered once accepted", () -> client.state() == ServiceState.UP);
        assertThat(service.registrations).isNotEmpty();
    }

    @Test
    void failingCandidatesConsumerDoesNotStopTheRounds() {
        service = StubDiscoveryService.start(0);
        service.list(other(1, 30302));
        AtomicInteger calls = new AtomicInteger();

        start(service.url(), peers -> {
            calls.incrementAndGet();
            throw new IllegalStateException("consumer bug");
        });

        Await.until(WAIT, "several rounds despite the failing consumer", () -> calls.get() >= 3);
        assertThat(client.state()).isEqualTo(ServiceState.UP);
    }

    @Test
    void wrongAnswerFromSomethingElseOnThatPortCountsAsDown() {
        service = StubDiscoveryService.start(0);

        start(URI.create(service.url() + "/not-discovery"));

        Await.until(WAIT, "service marked down", () -> client.state() == ServiceState.DOWN);
    }

    @Test
    void unusableUrlHostOrPortIsRefusedAtStart() {
        URI url = URI.create("http://127.0.0.1:1");
        assertThatThrownBy(() -> start(URI.create("ftp://127.0.0.1:4444"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http");
        assertThatThrownBy(() -> DiscoveryClient.start(url, key, 1, GENESIS, "0.0.0.0", 30301, handedOver::add,
                scheduler, Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wildcard");
        assertThatThrownBy(() -> DiscoveryClient.start(url, key, 1, GENESIS, "127.0.0.1", 0, handedOver::add,
                scheduler, Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class);
    }
}
