package dev.ccoin.node.p2p;

import static dev.ccoin.node.p2p.TestNet.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.Genesis;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.MutableClock;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.network.PeerInfo;
import dev.ccoin.node.p2p.TestNet.Member;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.framing.FrameEncoder;
import dev.ccoin.node.p2p.framing.PeerErrorException;
import dev.ccoin.node.p2p.handshake.Handshake;
import dev.ccoin.node.p2p.handshake.NodeKey;
import dev.ccoin.node.p2p.messages.BlocksPage;
import dev.ccoin.node.p2p.messages.BlocksRequest;
import dev.ccoin.node.p2p.messages.ErrorNotice;
import dev.ccoin.node.p2p.messages.HeadAnnouncement;
import dev.ccoin.node.p2p.messages.HeadRequest;
import dev.ccoin.node.p2p.messages.NewBlock;
import dev.ccoin.node.p2p.messages.NewTransaction;
import dev.ccoin.node.p2p.messages.PeerAddress;
import dev.ccoin.node.p2p.messages.PeerList;
import dev.ccoin.node.p2p.messages.PeersRequest;
import dev.ccoin.node.p2p.messages.Ping;
import dev.ccoin.node.p2p.messages.Pong;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live node under a bounded storm of hostile input from raw sockets — random bytes, mutated valid frames, oversize
 * and truncated frames, slow drips — while an honest peer stays connected. The node must keep serving the honest
 * peer, ban the offender's key for what it could have checked, and keep its chain as it was. Every loop is bounded
 * in rounds and in time; the generator is seeded, so a failure replays.
 */
class HostilePeerFuzzTest {
    private static final long SEED = 0x5eed_cc01L;
    private static final int GARBAGE_CONNECTIONS = 1_500;
    private static final int HOSTILE_SESSIONS = 300;
    private static final Duration BUDGET = Duration.ofSeconds(45);
    private static final Duration BAN_EXPIRY = Duration.ofMinutes(11);

    @TempDir
    Path dir;

    private final ChainParams params = TestChain.params(3);
    private final KeyPair fuzzerKey = TestKeys.get(TestNet.RAW_KEYS);
    private final Address fuzzerId = TestChain.address(fuzzerKey);
    private final MutableClock banClock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
    private final SplittableRandom random = new SplittableRandom(SEED);

    @Test
    void nodeKeepsServingAnHonestPeerBansTheOffenderAndKeepsItsChain() throws Exception {
        P2pConfig targetConfig = TestNet.fastConfig().toBuilder()
                .handshakeTimeout(Duration.ofSeconds(1))
                .pingInterval(Duration.ofMillis(300))
                .idleTimeout(Duration.ofSeconds(3))
                .build();
        try (TestNet net = new TestNet(dir, params)) {
            Member target = net.basic(List.of(), targetConfig, banClock);
            Member honest = net.basic(List.of(target.endpoint()), TestNet.fastConfig());
            Await.until(DEADLINE, "the honest peer connected", () -> target.peerCount() == 1);
            Hash32 headBefore = target.node().chain().head().hash();
            int port = target.network().listenPort();
            List<byte[]> corpus = corpus();
            long deadline = System.nanoTime() + BUDGET.toNanos();

            for (int i = 0; i < GARBAGE_CONNECTIONS && System.nanoTime() < deadline; i++) {
                assertThat(sendAndHangUp(port, garbage(corpus))).as("node closes garbage connection %d", i).isTrue();
            }
            int banned = 0;
            for (int i = 0; i < HOSTILE_SESSIONS && System.nanoTime() < deadline; i++) {
                banned += hostileSession(target, mutate(corpus.get(random.nextInt(corpus.size())))) ? 1 : 0;
            }
            assertThat(banned).as("sessions that ended in a ban").isPositive();
            liftBan(target);
            assertThat(dripHandshake(port)).contains("HANDSHAKE_TIMEOUT");
            assertThat(dripInSession(port)).contains("IDLE_TIMEOUT");

            try (RawPeer offender = RawPeer.connect(port, fuzzerKey)) {
                offender.handshake(params);
                offender.sendRaw(new byte[] {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 'B', 'L', 'K'});
                assertThat(offender.awaitError()).map(ErrorNotice::code).contains("FRAME_TOO_LARGE");
            }
            assertThat(target.network().isBanned(fuzzerId)).isTrue();
            try (RawPeer again = RawPeer.connect(port, fuzzerKey)) {
                assertThatThrownBy(() -> again.handshake(params)).isInstanceOfSatisfying(
                        PeerErrorException.class, e -> assertThat(e.reason()).isEqualTo(DisconnectReason.BANNED));
            }

            assertThat(target.network().peers()).extracting(PeerInfo::nodeId)
                    .containsExactly(honest.network().nodeId());
            Transaction tx = new TxBuilder(params).sender(TestChain.funded(2)).amount(5).build();
            assertThat(honest.node().submitTransaction(tx).isAdmitted()).isTrue();
            Await.until(DEADLINE, "the honest peer's transaction at the target",
                    () -> target.node().pool().contains(tx.hash()));
            assertThat(target.node().chain().head().hash()).isEqualTo(headBefore);
        }
    }

    /** Valid frames to mutate: every type, with a block no authority sealed and a properly signed transaction. */
    private List<byte[]> corpus() {
        ChainFactory factory = new ChainFactory(params);
        Block stranger = factory.extend(factory.genesis(), 1,
                builder -> builder.signer(TestKeys.get(TestNet.RAW_KEYS + 1))).get(0);
        Hash32 genesis = Genesis.block(params).hash();
        Handshake handshake = new Handshake(NodeKey.of(fuzzerKey), params.networkId(), genesis);
        return List.of(
                FrameEncoder.encode(handshake.hello(RawPeer.genesisHead(params), 0, "fuzz")),
                FrameEncoder.encode(new Ping(7)), FrameEncoder.encode(new Pong(7)),
                FrameEncoder.encode(new HeadRequest()),
                FrameEncoder.encode(new HeadAnnouncement(9, genesis, BigInteger.TEN)),
                FrameEncoder.encode(new BlocksRequest(List.of(genesis), 128)),
                FrameEncoder.encode(new BlocksPage(List.of(stranger))),
                FrameEncoder.encode(new NewBlock(stranger)),
                FrameEncoder.encode(new NewTransaction(new TxBuilder(params).amount(3).build())),
                FrameEncoder.encode(new PeersRequest()),
                FrameEncoder.encode(new PeerList(List.of(new PeerAddress(Address.ZERO, "127.0.0.1", 1)))),
                FrameEncoder.encode(new ErrorNotice("SHUTDOWN", "bye")));
    }

    /** Random bytes, random headers, oversize prefixes, or a mutated valid frame. */
    private byte[] garbage(List<byte[]> corpus) {
        return switch (random.nextInt(5)) {
            case 0 -> randomBytes(random.nextInt(64));
            case 1 -> concat(prefix(random.nextLong(1L << 32)), randomBytes(3), randomBytes(random.nextInt(64)));
            case 2 -> concat(prefix(8L * 1024 * 1024 + 1 + random.nextInt(1 << 30)), "HEY".getBytes());
            case 3 -> concat(prefix(3 + random.nextInt(64)), "HEY".getBytes(), randomBytes(random.nextInt(64)));
            default -> mutate(corpus.get(random.nextInt(corpus.size())));
        };
    }

    /** Flipped bytes, a cut, or extra bytes, anywhere in the frame. */
    private byte[] mutate(byte[] frame) {
        byte[] copy = frame.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                int flips = 1 + random.nextInt(4);
                for (int f = 0; f < flips; f++) {
                    copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return copy;
            }
            case 1 -> {
                return Arrays.copyOf(copy, random.nextInt(copy.length));
            }
            case 2 -> {
                return concat(copy, randomBytes(1 + random.nextInt(16)));
            }
            default -> {
                int body = 7 + random.nextInt(Math.max(1, copy.length - 7));
                copy[Math.min(body, copy.length - 1)] ^= 0x40;
                return copy;
            }
        }
    }

    /** Connects, answers the admission puzzle, sends the bytes, half-closes, and reads until the node closes; false if it never does. */
    private static boolean sendAndHangUp(int port, byte[] bytes) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            RawPeer.admit(socket);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(bytes);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException closedEarly) {
                // The node may close before it has read everything: that is an answer too.
            }
            return drained(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A handshaken session that sends one hostile frame and hangs up; true if the node banned the offender for it.
     * A ban is lifted (the node's ban clock moved on) before the next session.
     */
    private boolean hostileSession(Member target, byte[] frame) {
        try (RawPeer offender = RawPeer.connect(target.network().listenPort(), fuzzerKey)) {
            offender.handshake(params);
            offender.sendRaw(frame);
            offender.shutdownOutput();
            Optional<ErrorNotice> error = offender.awaitError();
            error.map(e -> DisconnectReason.fromCode(e.code())).filter(DisconnectReason::bansPeer)
                    .ifPresent(reason -> assertThat(target.network().isBanned(fuzzerId)).as(reason.name()).isTrue());
        } catch (PeerErrorException e) {
            assertThat(e.reason()).isEqualTo(DisconnectReason.BANNED);
        }
        return liftBan(target);
    }

    /** Waits for a block judged after the offender hung up, then lifts any ban by moving the ban clock on. */
    private boolean liftBan(Member target) {
        // The chain thread runs in order: once a known block has been looked at, any earlier import is judged.
        target.node().submitBlock(Genesis.block(params)).join();
        boolean banned = target.network().isBanned(fuzzerId);
        if (banned) {
            banClock.advance(BAN_EXPIRY);
        }
        return banned;
    }

    /** Trickles a HEY a byte at a time, slower than the handshake deadline; returns the node's ERR code. */
    private Optional<String> dripHandshake(int port) {
        byte[] hey = corpus().get(0);
        try (RawPeer slow = RawPeer.connect(port, fuzzerKey)) {
            return drip(slow, hey, 50);
        }
    }

    /** After a handshake, trickles a frame more slowly than the idle timeout allows; returns the node's ERR code. */
    private Optional<String> dripInSession(int port) {
        byte[] frame = FrameEncoder.encode(new HeadAnnouncement(1, Hash32.ZERO, BigInteger.ONE));
        try (RawPeer slow = RawPeer.connect(port, fuzzerKey)) {
            slow.handshake(params);
            return drip(slow, frame, 200);
        }
    }

    /** Sends {@code bytes} one at a time, {@code pauseMillis} apart, until the node answers with ERR or hangs up. */
    private static Optional<String> drip(RawPeer slow, byte[] bytes, long pauseMillis) {
        for (int i = 0; i < bytes.length && slow.sendRaw(new byte[] {bytes[i]}); i++) {
            Optional<ErrorNotice> error = slow.pollError();
            if (error.isPresent()) {
                return error.map(ErrorNotice::code);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(pauseMillis));
        }
        return slow.awaitError().map(ErrorNotice::code);
    }

    private static boolean drained(InputStream in) throws IOException {
        byte[] buffer = new byte[4096];
        try {
            while (in.read(buffer) >= 0) {
                // Read away the node's HEY and ERR.
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] prefix(long length) {
        return new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
    }

    private static byte[] concat(byte[]... parts) {
        int total = 0;
        for (byte[] part : parts) {
            total += part.length;
        }
        byte[] joined = new byte[total];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
    }
}
