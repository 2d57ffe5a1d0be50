package dev.ccoin.node.p2p.admission;

import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.network.AdmissionStatus;
import dev.ccoin.node.p2p.framing.FrameEncoder;
import dev.ccoin.node.p2p.messages.Puzzle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening socket and the responder's side of admission (protocol §8 step 1), all on one selector thread,
 * {@code ccoin-p2p-admission}: it accepts, refuses IPs that failed too often (and those {@code refused} names, the
 * banned), sends each new connection a {@code PUZ} with a fresh seed and the current {@link Difficulty}, reads at most
 * 128 bytes of its answer and hands a connection whose {@code SOL} holds, with the bytes read after it, to the
 * {@link Handoff} in blocking mode. A failure closes the connection silently and, if it is the initiator's doing,
 * counts against its IP. A waiting connection costs a socket, a key and a 128-byte buffer, never a thread.
 *
 * <p>The admission thread owns the selector, the pending set, the refusals and the difficulty; {@link #status} and
 * {@link #close} are safe from any thread.
 */
public final class AdmissionDesk implements AutoCloseable {
    /** Protocol §8: an answer must come within this many ms of the puzzle. */
    public static final long ANSWER_WINDOW_MS = 10_000;
    static final int FAILURES_TO_REFUSE = 5;
    static final long FAILURE_WINDOW_MS = 60_000;
    static final long REFUSAL_MS = 10 * 60_000;
    private static final Logger LOG = LoggerFactory.getLogger(AdmissionDesk.class);
    private static final int BACKLOG = 1024;
    /** How often the loop wakes without events, to expire answers and close the difficulty's seconds. */
    private static final long TICK_MS = 100;
    /** Connections accepted per wake-up, so reads of waiting connections are not starved by a flood of accepts. */
    private static final int ACCEPTS_PER_ROUND = 64;

    /** Where a connection goes once its {@code SOL} held. */
    @FunctionalInterface
    public interface Handoff {
        void admitted(SocketChannel channel, Bytes readAhead);
    }

    private final ServerSocketChannel server;
    private final Selector selector;
    private final int port;
    private final Clock clock;
    private final Predicate<InetAddress> refused;
    private final Handoff handoff;
    private final PendingSet pending;
    private final IpRefusals refusals;
    private final Difficulty difficulty;
    private final SecureRandom random = new SecureRandom();
    private final LongAdder issued = new LongAdder();
    private final LongAdder solved = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder refusedAtAccept = new LongAdder();
    private volatile int pendingCount;
    private volatile boolean closed;
    private volatile boolean started;

    private AdmissionDesk(ServerSocketChannel server, Selector selector, AdmissionSettings settings, Clock clock,
            Predicate<InetAddress> refused, Handoff handoff) {
        this.server = server;
        this.selector = selector;
        this.port = server.socket().getLocalPort();
        this.clock = clock;
        this.refused = refused;
        this.handoff = handoff;
        this.pending = new PendingSet(settings.maxPending(), settings.maxPendingPerIp());
        this.refusals = new IpRefusals(FAILURES_TO_REFUSE, FAILURE_WINDOW_MS, REFUSAL_MS);
        this.difficulty = new Difficulty(settings.floorBits(), settings.maxBits(), settings.rate(), clock.millis());
    }

    /**
     * Listens on {@code host:port} (port 0: any free port); {@link #start} begins admitting. {@code refused} names IPs
     * to close at accept besides those that failed admission too often.
     */
    public static AdmissionDesk bind(String host, int port, AdmissionSettings settings, Clock clock,
            Predicate<InetAddress> refused, Handoff handoff) {
        ServerSocketChannel server = null;
        try {
            server = ServerSocketChannel.open();
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            server.bind(new InetSocketAddress(host, port), BACKLOG);
            server.configureBlocking(false);
            Selector selector = Selector.open();
            server.register(selector, SelectionKey.OP_ACCEPT);
            return new AdmissionDesk(server, selector, settings, clock, refused, handoff);
        } catch (IOException e) {
            closeQuietly(server);
            throw new UncheckedIOException("cannot listen for peers on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** Starts the admission thread. */
    public void start(ThreadFactory threads) {
        Thread thread = threads.newThread(this::run);
        thread.setName("ccoin-p2p-admission");
        started = true;
        thread.start();
    }

    public int port() {
        return port;
    }

    public AdmissionStatus status(long puzzlesSolvedAsInitiator, double solveSeconds) {
        return new AdmissionStatus(difficulty.bits(), pendingCount, refusals.refusedCount(), issued.sum(),
                solved.sum(), failed.sum(), refusedAtAccept.sum(), puzzlesSolvedAsInitiator, solveSeconds);
    }

    private void run() {
        long lastForget = clock.millis();
        try {
            while (!closed) {
                selector.select(TICK_MS);
                long now = clock.millis();
                List<Waiting> admitted = new ArrayList<>();
                for (SelectionKey key : selector.selectedKeys()) {
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        acceptSome(now);
                    } else if (key.isReadable()) {
                        readFrom((Waiting) key.attachment(), now, admitted);
                    }
                }
                selector.selectedKeys().clear();
                expire(now);
                handOver(admitted);
                if (pending.size() * 2 > pending.capacity()) {
                    difficulty.crowded();
                }
                difficulty.advance(now);
                if (now - lastForget >= Difficulty.SECOND_MS) {
                    refusals.forget(now);
                    lastForget = now;
                }
                pendingCount = pending.size();
            }
        } catch (IOException | ClosedSelectorException e) {
            if (!closed) {
                LOG.warn("admission stopped: {}", e.getMessage());
            }
        } finally {
            pending.all().forEach(waiting -> closeQuietly(waiting.channel()));
            pendingCount = 0;
            closeQuietly(server);
            closeQuietly(selector);
        }
    }

    private void acceptSome(long now) throws IOException {
        for (int i = 0; i < ACCEPTS_PER_ROUND; i++) {
            SocketChannel channel;
            try {
                channel = server.accept();
            } catch (IOException e) {
                // Out of file descriptors, say: the next round tries again; the waiting connections still expire.
                LOG.debug("accepting peers failed: {}", e.getMessage());
                return;
            }
            if (channel == null) {
                return;
            }
            welcome(channel, now);
        }
    }

    private void welcome(SocketChannel channel, long now) {
        InetAddress ip;
        try {
            ip = ((InetSocketAddress) channel.getRemoteAddress()).getAddress();
        } catch (IOException e) {
            closeQuietly(channel);
            return;
        }
        if (refusals.isRefused(ip, now) || refused.test(ip)) {
            refusedAtAccept.increment();
            closeQuietly(channel);
            return;
        }
        byte[] seed = new byte[Hash32.LENGTH];
        random.nextBytes(seed);
        Waiting waiting = new Waiting(channel, ip, new Puzzle(Puzzle.VERSION, Hash32.of(seed), difficulty.bits(),
                now + ANSWER_WINDOW_MS));
        issued.increment();
        difficulty.issued();
        try {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            ByteBuffer frame = ByteBuffer.wrap(FrameEncoder.encode(waiting.puzzle()));
            channel.write(frame);
            if (frame.hasRemaining()) {
                fail(waiting, AdmissionFailure.SOCKET_FAILED, now);
                return;
            }
            channel.register(selector, SelectionKey.OP_READ, waiting);
        } catch (IOException e) {
            fail(waiting, AdmissionFailure.SOCKET_FAILED, now);
            return;
        }
        for (Waiting old : pending.add(waiting)) {
            fail(old, AdmissionFailure.PUSHED_OUT, now);
        }
    }

    private void readFrom(Waiting waiting, long now, List<Waiting> admitted) {
        Optional<AdmissionFailure> failure;
        try {
            failure = waiting.read(now);
        } catch (IOException e) {
            failure = Optional.of(AdmissionFailure.CLOSED_EARLY);
        }
        if (failure.isPresent()) {
            fail(waiting, failure.get(), now);
        } else if (waiting.admitted()) {
            pending.remove(waiting);
            waiting.channel().keyFor(selector).cancel();
            admitted.add(waiting);
        }
    }

    private void expire(long now) {
        Optional<Waiting> oldest = pending.oldest();
        while (oldest.isPresent() && now > oldest.get().expiresAt()) {
            fail(oldest.get(), AdmissionFailure.LATE, now);
            oldest = pending.oldest();
        }
    }

    /** Back to blocking mode, which needs the cancelled keys gone from the selector, then to the next step. */
    private void handOver(List<Waiting> admitted) throws IOException {
        if (admitted.isEmpty()) {
            return;
        }
        selector.selectNow();
        selector.selectedKeys().clear();
        for (Waiting waiting : admitted) {
            try {
                waiting.channel().configureBlocking(true);
            } catch (IOException e) {
                closeQuietly(waiting.channel());
                continue;
            }
            solved.increment();
            try {
                handoff.admitted(waiting.channel(), waiting.readAhead());
            } catch (RuntimeException e) {
                LOG.warn("handing over an admitted connection failed", e);
                closeQuietly(waiting.channel());
            }
        }
    }

    private void fail(Waiting waiting, AdmissionFailure failure, long now) {
        pending.remove(waiting);
        closeQuietly(waiting.channel());
        failed.increment();
        boolean refusedNow = failure.countsAgainstIp() && refusals.failed(waiting.ip(), now);
        LOG.debug("admission of {} failed: {}{}", waiting.ip().getHostAddress(), failure,
                refusedNow ? "; the IP is refused for 10 minutes" : "");
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Refusing or ending the connection is all that was wanted.
        }
    }

    @Override
    public void close() {
        closed = true;
        if (started) {
            selector.wakeup();
        } else {
            closeQuietly(server);
            closeQuietly(selector);
        }
    }
}
