package dev.ccoin.node.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.testing.MutableClock;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.config.HostPort;
import dev.ccoin.node.network.PeerInfo;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CandidatesTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
    private final Candidates candidates = new Candidates(
            new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new SplittableRandom(1)), clock);
    private final HostPort boot = new HostPort("127.0.0.1", 4000);
    private final HostPort learnt = new HostPort("127.0.0.1", 4001);

    @Test
    void newCandidateIsDueAtOnceAndNotTakenTwiceWhileDialling() {
        candidates.add(boot, Optional.empty(), PeerInfo.Source.BOOTNODE);

        assertThat(candidates.takeDue(10)).extracting(DialCandidate::target).containsExactly(boot);
        assertThat(candidates.takeDue(10)).isEmpty();
        assertThat(candidates.dialing()).isEqualTo(1);
    }

    @Test
    void failedDialsBackOffExponentiallyUpToTheCap() {
        candidates.add(boot, Optional.empty(), PeerInfo.Source.BOOTNODE);
        long previousMax = 0;
        for (int failure = 1; failure <= 10; failure++) {
            candidates.takeDue(1);
            candidates.dialEnded(boot, false, DisconnectReason.CONNECT_FAILED);
            long wait = waitUntilDue(boot);
            long cap = Math.min(60_000, 1_000L << (failure - 1));
            assertThat(wait).as("wait after %d failures", failure).isBetween(cap / 2, cap);
            previousMax = Math.max(previousMax, wait);
        }
        assertThat(previousMax).isLessThanOrEqualTo(60_000);
    }

    @Test
    void learntCandidateIsForgottenAfterRepeatedFailuresButABootNodeIsNot() {
        candidates.add(boot, Optional.empty(), PeerInfo.Source.BOOTNODE);
        candidates.add(learnt, Optional.empty(), PeerInfo.Source.EXCHANGE);
        for (int i = 0; i < Candidates.MAX_FAILURES; i++) {
            clock.advance(Duration.ofMinutes(5));
            candidates.takeDue(2);
            candidates.dialEnded(boot, false, DisconnectReason.CONNECT_FAILED);
            candidates.dialEnded(learnt, false, DisconnectReason.CONNECT_FAILED);
        }

        assertThat(candidates.contains(boot)).isTrue();
        assertThat(candidates.contains(learnt)).isFalse();
    }

    @Test
    void endpointThatIsThisNodeIsForgottenForGood() {
        candidates.add(boot, Optional.empty(), PeerInfo.Source.BOOTNODE);
        candidates.takeDue(1);

        candidates.dialEnded(boot, false, DisconnectReason.SELF_CONNECTION);

        assertThat(candidates.contains(boot)).isFalse();
    }

    @Test
    void connectionThatEndsAfterItsHandshakeIsRetriedSoon() {
        candidates.add(boot, Optional.empty(), PeerInfo.Source.BOOTNODE);
        candidates.takeDue(1);

        candidates.dialEnded(boot, true, DisconnectReason.CONNECTION_LOST);

        assertThat(waitUntilDue(boot)).isLessThanOrEqualTo(1_000);
    }

    @Test
    void lanCandidateLapsesUnlessAnnouncedAgainWithinItsLifetime() {
        Address announced = Address.parse("11".repeat(20));
        candidates.addFor(learnt, announced, PeerInfo.Source.LAN, Duration.ofSeconds(30));
        assertThat(candidates.takeDue(10)).containsExactly(
                new DialCandidate(learnt, Optional.of(announced), PeerInfo.Source.LAN));
        candidates.dialEnded(learnt, false, DisconnectReason.CONNECT_FAILED);

        clock.advance(Duration.ofSeconds(20));
        candidates.addFor(learnt, announced, PeerInfo.Source.LAN, Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(20));
        assertThat(candidates.takeDue(10)).extracting(DialCandidate::target).containsExactly(learnt);
        candidates.dialEnded(learnt, false, DisconnectReason.CONNECT_FAILED);

        clock.advance(Duration.ofSeconds(11));
        assertThat(candidates.takeDue(10)).isEmpty();
        assertThat(candidates.contains(learnt)).isFalse();
    }

    @Test
    void endpointKnownFromDiscoveryDoesNotLapseWhenAlsoAnnounced() {
        Address announced = Address.parse("11".repeat(20));
        candidates.add(learnt, Optional.empty(), PeerInfo.Source.DISCOVERY);
        candidates.addFor(learnt, announced, PeerInfo.Source.LAN, Duration.ofSeconds(30));

        clock.advance(Duration.ofMinutes(5));

        assertThat(candidates.takeDue(10)).containsExactly(
                new DialCandidate(learnt, Optional.of(announced), PeerInfo.Source.DISCOVERY));
    }

    private long waitUntilDue(HostPort target) {
        long waited = 0;
        while (candidates.takeDue(10).stream().noneMatch(c -> c.target().equals(target))) {
            clock.advance(Duration.ofMillis(100));
            waited += 100;
            if (waited > 120_000) {
                throw new AssertionError("never due");
            }
        }
        return waited;
    }
}
