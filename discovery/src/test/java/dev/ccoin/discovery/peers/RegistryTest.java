package dev.ccoin.discovery.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.testing.MutableClock;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.discovery.Registration;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.discovery.testing.RegistrationBody;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RegistryTest {
    private static final long START = 1_700_000_000_000L;
    private final MutableClock clock = new MutableClock(START);
    private Registry registry = new Registry(clock, 3);

    private static PublicKey key(int index) {
        return TestKeys.get(index).getPublic();
    }

    private static Address node(int index) {
        return RsaKeys.address(key(index));
    }

    private Registration registration(int index, long timestamp) {
        return new RegistrationBody(timestamp).key(TestKeys.get(index)).port(30000 + index).registration();
    }

    private Registry.Outcome register(int index, long timestamp) {
        return registry.register(registration(index, timestamp), key(index)).outcome();
    }

    @Test
    void firstRegistrationAddsAndALaterOneRefreshes() {
        assertThat(register(0, START)).isEqualTo(Registry.Outcome.ADDED);
        clock.advance(Duration.ofSeconds(20));

        assertThat(register(0, START + 20_000)).isEqualTo(Registry.Outcome.REFRESHED);
        assertThat(registry.find(node(0)).orElseThrow().expiresAt()).isEqualTo(START + 80_000);
    }

    @Test
    void registrationExpiresSixtySecondsAfterItWasAccepted() {
        register(0, START);

        clock.advance(Duration.ofMillis(59_999));
        assertThat(registry.find(node(0))).isPresent();
        assertThat(registry.network(1, RegistrationBody.GENESIS, 10)).hasSize(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(registry.find(node(0))).isEmpty();
        assertThat(registry.network(1, RegistrationBody.GENESIS, 10)).isEmpty();
        assertThat(registry.size()).isZero();
    }

    @Test
    void refreshKeepsARegistrationAlivePastItsFirstLifetime() {
        register(0, START);
        for (int i = 1; i <= 5; i++) {
            clock.advance(Duration.ofSeconds(20));
            register(0, START + i * 20_000L);
        }

        assertThat(registry.find(node(0))).isPresent();
    }

    @Test
    void registrationNoNewerThanTheLastAcceptedIsRefusedAsAReplay() {
        register(0, START);

        assertThatThrownBy(() -> register(0, START)).isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).reason()).isEqualTo(Refusal.TIMESTAMP_NOT_NEWER);
        assertThatThrownBy(() -> register(0, START - 1)).isInstanceOf(RefusedException.class);
    }

    @Test
    void deregisteredNodeCannotBeBroughtBackByReplayingItsOldRegistration() {
        register(0, START);
        registry.deregister(node(0), START + 1000);
        assertThat(registry.find(node(0))).isEmpty();

        assertThatThrownBy(() -> register(0, START)).isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).reason()).isEqualTo(Refusal.TIMESTAMP_NOT_NEWER);
        assertThat(register(0, START + 2000)).isEqualTo(Registry.Outcome.ADDED);
    }

    @Test
    void deregistrationOfAnUnknownNodeIsRefused() {
        assertThatThrownBy(() -> registry.deregister(node(0), START)).isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).reason()).isEqualTo(Refusal.UNKNOWN_NODE);
    }

    @Test
    void replayedDeregistrationAfterARefreshIsRefused() {
        register(0, START);
        registry.deregister(node(0), START + 1000);
        register(0, START + 2000);

        assertThatThrownBy(() -> registry.deregister(node(0), START + 1000)).isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).reason()).isEqualTo(Refusal.TIMESTAMP_NOT_NEWER);
        assertThat(registry.find(node(0))).isPresent();
    }

    @Test
    void fullRegistryRefusesANewNodeButStillRefreshesKnownOnes() {
        register(0, START);
        register(1, START);
        register(2, START);

        assertThatThrownBy(() -> register(3, START)).isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).reason()).isEqualTo(Refusal.REGISTRY_FULL);
        assertThat(register(1, START + 1)).isEqualTo(Registry.Outcome.REFRESHED);
        assertThat(registry.size()).isEqualTo(3);
    }

    @Test
    void expiredRegistrationsFreeRoomOnceTheyCanNoLongerBeReplayed() {
        register(0, START);
        register(1, START);
        register(2, START);
        clock.advance(Duration.ofSeconds(60));
        assertThatThrownBy(() -> register(3, START + 60_000)).isInstanceOf(RefusedException.class);

        clock.advance(Duration.ofMillis(1));
        assertThat(register(3, START + 60_001)).isEqualTo(Registry.Outcome.ADDED);
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void sweepRemovesWhatHasExpired() {
        register(0, START);
        clock.advance(Duration.ofSeconds(30));
        register(1, START + 30_000);
        clock.advance(Duration.ofSeconds(31));

        assertThat(registry.sweep()).isEqualTo(1);
        assertThat(registry.size()).isEqualTo(1);
        assertThat(registry.find(node(1))).isPresent();
    }

    @Test
    void networkListsOnlyThatNetworksNodesNewestFirstUpToTheLimit() {
        registry = new Registry(clock, 10);
        KeyPair other = TestKeys.get(3);
        register(0, START);
        clock.advance(Duration.ofSeconds(1));
        register(1, START + 1000);
        clock.advance(Duration.ofSeconds(1));
        register(2, START + 2000);
        registry.register(new RegistrationBody(START).key(other).network(1, Hash32.ZERO).registration(),
                other.getPublic());

        assertThat(registry.network(1, RegistrationBody.GENESIS, 10)).extracting(PeerEntry::nodeId)
                .containsExactly(node(2), node(1), node(0));
        assertThat(registry.network(1, RegistrationBody.GENESIS, 2)).extracting(PeerEntry::nodeId)
                .containsExactly(node(2), node(1));
        assertThat(registry.network(2, RegistrationBody.GENESIS, 10)).isEmpty();
    }

    @Test
    void concurrentRegistrationsNeverOverfillTheRegistry() throws Exception {
        registry = new Registry(clock, 50);
        PublicKey anyKey = key(0);
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                byte[] id = new byte[20];
                id[0] = (byte) i;
                id[1] = (byte) (i >> 8);
                Registration registration = new Registration(Address.of(id), "127.0.0.1", 30303, 1,
                        RegistrationBody.GENESIS, START);
                done.add(threads.submit(() -> {
                    try {
                        registry.register(registration, anyKey);
                        admitted.incrementAndGet();
                    } catch (RefusedException e) {
                        refused.incrementAndGet();
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(10, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(admitted.get()).isEqualTo(50);
        assertThat(refused.get()).isEqualTo(150);
        assertThat(registry.size()).isEqualTo(50);
    }
}
