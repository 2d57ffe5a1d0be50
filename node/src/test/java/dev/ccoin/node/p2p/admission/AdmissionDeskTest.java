package dev.ccoin.node.p2p.admission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.MutableClock;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.network.AdmissionStatus;
import dev.ccoin.node.p2p.SpecClient;
import dev.ccoin.node.p2p.SpecClient.Puzzle;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The responder's admission against {@link SpecClient}, a client written from protocol §8, on real loopback sockets. */
class AdmissionDeskTest {
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final long START = 1_700_000_000_000L;

    private final MutableClock clock = new MutableClock(START);
    private final NodeScheduler threads = new NodeScheduler();
    private final BlockingQueue<Handed> handed = new LinkedBlockingQueue<>();
    private final List<SpecClient> clients = new ArrayList<>();
    private AdmissionDesk desk;

    private record Handed(SocketChannel channel, Bytes readAhead) {
    }

    @AfterEach
    void stop() throws IOException {
        clients.forEach(SpecClient::close);
        if (desk != null) {
            desk.close();
        }
        for (Handed one : handed) {
            one.channel().close();
        }
        threads.close();
    }

    @Test
    void anHonestAnswerIsHandedOnWithTheBytesAfterIt() throws Exception {
        start(new AdmissionSettings(8, 24, 20, 512, 4));
        SpecClient client = client("127.0.0.1");

        Puzzle puzzle = client.readPuzzle();
        assertThat(puzzle.version()).isEqualTo(1);
        assertThat(puzzle.seed()).hasSize(32);
        assertThat(puzzle.bits()).isEqualTo(8);
        assertThat(puzzle.expiresAt()).isEqualTo(START + 10_000);
        byte[] solution = SpecClient.solutionFrame(puzzle.seed(), SpecClient.solve(puzzle.seed(), puzzle.bits()));
        client.send(concat(solution, "after".getBytes(StandardCharsets.US_ASCII)));

        Handed one = handed.poll(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        assertThat(one).as("handed on").isNotNull();
        assertThat(one.channel().isBlocking()).isTrue();
        assertThat(new String(readAhead(one, 5), StandardCharsets.US_ASCII)).isEqualTo("after");
        AdmissionStatus status = desk.status(0, 0);
        assertThat(status.issued()).isEqualTo(1);
        assertThat(status.solved()).isEqualTo(1);
        assertThat(status.failed()).isZero();
    }

    @Test
    void everyConnectionGetsAFreshSeed() {
        start(new AdmissionSettings(8, 24, 20, 512, 4));

        byte[] first = client("127.0.0.1").readPuzzle().seed();
        byte[] second = client("127.0.0.1").readPuzzle().seed();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void anAnswerWithAnotherSeedIsClosedSilently() {
        start(new AdmissionSettings(8, 24, 20, 512, 4));
        SpecClient client = client("127.0.0.1");
        Puzzle puzzle = client.readPuzzle();
        byte[] other = SpecClient.otherSeed(puzzle.seed());

        client.send(SpecClient.solutionFrame(other, SpecClient.solve(other, puzzle.bits())));

        assertRefused(client);
    }

    @Test
    void aNonceShortOfTheBitsIsClosedSilently() {
        start(new AdmissionSettings(16, 24, 20, 512, 4));
        SpecClient client = client("127.0.0.1");
        Puzzle puzzle = client.readPuzzle();
        long good = SpecClient.solve(puzzle.seed(), puzzle.bits());

        client.send(SpecClient.solutionFrame(puzzle.seed(), good == 0 ? 1 : good - 1));

        assertRefused(client);
    }

    @Test
    void anAnswerAfterExpiresAtIsClosedSilently() {
        start(new AdmissionSettings(8, 24, 20, 512, 4));
        SpecClient client = client("127.0.0.1");
        Puzzle puzzle = client.readPuzzle();
        long nonce = SpecClient.solve(puzzle.seed(), puzzle.bits());

        clock.advance(10_001);
        client.send(SpecClient.solutionFrame(puzzle.seed(), nonce));

        assertRefused(client);
    }

    @Test
    void aPlaintextHeyInsteadOfAnAnswerIsClosedSilently() {
        start(new AdmissionSettings(8, 24, 20, 512, 4));
        SpecClient client = client("127.0.0.1");
        client.readPuzzle();

        client.send(SpecClient.frame("HEY", new byte[] {(byte) 0x99, 2, 1}));

        assertRefused(client);
    }

    @Test
    void aMebibyteFrameBeforeAdmissionIsClosedAfterItsLengthPrefix() {
        start(new AdmissionSettings(8, 24, 20, 512, 4));
        SpecClient client = client("127.0.0.1");
        client.readPuzzle();

        byte[] huge = new byte[1 << 20];
        ByteBuffer.wrap(huge).putInt(huge.length - 4).put("SOL".getBytes(StandardCharsets.US_ASCII));
        client.send(huge);

        assertRefused(client);
    }

    @Test
    void fiveFailuresInAMinuteRefuseTheIpAtAcceptForTenMinutes() {
        start(new AdmissionSettings(8, 24, 20, 512, 4));
        for (int i = 0; i < 5; i++) {
            SpecClient client = client("127.0.0.2");
            Puzzle puzzle = client.readPuzzle();
            client.send(SpecClient.solutionFrame(SpecClient.otherSeed(puzzle.seed()), 0));
            assertThat(client.closedSilently()).isTrue();
        }
        Await.until(DEADLINE, "the IP refused", () -> desk.status(0, 0).refusedIps() == 1);

        assertThat(client("127.0.0.2").closedSilently()).as("refused before any PUZ").isTrue();
        assertThat(client("127.0.0.3").readPuzzle().bits()).as("another IP is served").isEqualTo(8);
        assertThat(desk.status(0, 0).refusedAtAccept()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(10));
        Await.until(DEADLINE, "the refusal over", () -> desk.status(0, 0).refusedIps() == 0);
        assertThat(client("127.0.0.2").readPuzzle().bits()).isEqualTo(8);
    }

    @Test
    void aFifthWaitingConnectionFromOneIpPushesOutItsOldest() throws Exception {
        start(new AdmissionSettings(8, 24, 20, 512, 4));
        List<SpecClient> sameIp = new ArrayList<>();
        List<Puzzle> puzzles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            SpecClient client = client("127.0.0.4");
            puzzles.add(client.readPuzzle());
            sameIp.add(client);
        }

        assertThat(sameIp.get(0).closedSilently()).as("the oldest pushed out").isTrue();
        Puzzle second = puzzles.get(1);
        sameIp.get(1).send(SpecClient.solutionFrame(second.seed(), SpecClient.solve(second.seed(), second.bits())));
        assertThat(handed.poll(DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("the second still admitted").isNotNull();
    }

    @Test
    void aFullPendingSetPushesOutTheOldestWaitingConnection() throws Exception {
        start(new AdmissionSettings(8, 24, 20, 3, 4));
        SpecClient oldest = client("127.0.0.5");
        oldest.readPuzzle();
        client("127.0.0.6").readPuzzle();
        client("127.0.0.7").readPuzzle();

        SpecClient newest = client("127.0.0.8");
        Puzzle puzzle = newest.readPuzzle();

        assertThat(oldest.closedSilently()).isTrue();
        newest.send(SpecClient.solutionFrame(puzzle.seed(), SpecClient.solve(puzzle.seed(), puzzle.bits())));
        assertThat(handed.poll(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void anUnansweredConnectionIsClosedWhenItsPuzzleExpires() {
        start(new AdmissionSettings(8, 24, 20, 512, 4));
        SpecClient client = client("127.0.0.1");
        client.readPuzzle();
        Await.until(DEADLINE, "one waiting", () -> desk.status(0, 0).pending() == 1);

        clock.advance(10_001);

        assertRefused(client);
        assertThat(desk.status(0, 0).pending()).isZero();
    }

    @Test
    void theBitsRiseInAnOverloadedSecondAndFallAfterTenCalmSeconds() {
        start(new AdmissionSettings(8, 24, 2, 512, 4));
        for (int i = 0; i < 3; i++) {
            client("127.0.1." + (i + 1)).readPuzzle();
        }

        clock.advance(1_000);
        Await.until(DEADLINE, "bits raised by 2", () -> desk.status(0, 0).bits() == 10);
        assertThat(client("127.0.1.9").readPuzzle().bits()).isEqualTo(10);

        clock.advance(10_000);
        Await.until(DEADLINE, "bits lowered by 1", () -> desk.status(0, 0).bits() == 9);
        clock.advance(10_000);
        Await.until(DEADLINE, "bits back at the floor", () -> desk.status(0, 0).bits() == 8);
    }

    private void start(AdmissionSettings settings) {
        desk = AdmissionDesk.bind("127.0.0.1", 0, settings, clock, ip -> false,
                (channel, readAhead) -> handed.add(new Handed(channel, readAhead)));
        desk.start(threads.threads("ccoin-p2p-admission"));
    }

    private SpecClient client(String sourceIp) {
        SpecClient client = SpecClient.connect(desk.port(), sourceIp);
        clients.add(client);
        return client;
    }

    private void assertRefused(SpecClient client) {
        assertThat(client.closedSilently()).as("closed without a byte").isTrue();
        assertThat(handed).as("nothing handed on").isEmpty();
        Await.until(DEADLINE, "the failure counted", () -> desk.status(0, 0).failed() == 1);
    }

    private static byte[] readAhead(Handed one, int length) throws IOException {
        ByteBuffer all = ByteBuffer.allocate(length);
        all.put(one.readAhead().toArray());
        while (all.hasRemaining()) {
            if (one.channel().read(all) < 0) {
                break;
            }
        }
        return all.array();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
