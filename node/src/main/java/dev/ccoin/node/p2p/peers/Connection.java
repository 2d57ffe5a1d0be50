package dev.ccoin.node.p2p.peers;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.node.config.HostPort;
import dev.ccoin.node.network.PeerInfo;
import dev.ccoin.node.network.PeerInfo.Direction;
import dev.ccoin.node.p2p.admission.AdmissionDesk;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.framing.FrameEncoder;
import dev.ccoin.node.p2p.framing.FrameReader;
import dev.ccoin.node.p2p.framing.PeerErrorException;
import dev.ccoin.node.p2p.framing.ProtocolViolationException;
import dev.ccoin.node.p2p.handshake.PeerHello;
import dev.ccoin.node.p2p.messages.ErrorNotice;
import dev.ccoin.node.p2p.messages.Message;
import dev.ccoin.node.p2p.messages.Puzzle;
import dev.ccoin.node.p2p.messages.Solution;
import dev.ccoin.node.p2p.tls.PeerCertificate;
import dev.ccoin.node.p2p.tls.PeerTls;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TCP connection, inbound (already through admission, see {@link AdmissionDesk}) or dialled, and protocol §8's
 * steps on it. Its reader thread connects and answers the responder's admission puzzle (if dialling), layers TLS 1.3
 * over the socket (client if dialling, server if accepted), closes a dial whose certificate is not the node id it
 * expected, runs the {@code HEY} exchange inside TLS, registers the {@link Peer}, then reads frames and hands each to
 * {@link PeerEvents} — decoding only, never importing. Each step has its deadline (the handshake timeout; a dial's
 * admission also the responder's answer window), as a socket timeout against silence and a timer against a trickle,
 * so a stalled peer holds its thread only until then. Every frame after {@code SOL} travels inside TLS. Its writer thread drains the {@link OutboundQueue}. Whatever ends the connection — a violation, a
 * timeout, the peer, a full queue, shutdown — goes through {@link #close} once: bans if the reason says so, a last
 * {@code ERR} when there is someone to tell, the socket closed (forcibly after a short linger if the writer is
 * stuck), the peer unregistered and the departure reported.
 *
 * <p>Threads: the reader thread owns the socket's input and the handshake; the writer thread owns its output;
 * {@link #close} and {@link #sendFrame} are safe from any thread.
 */
public final class Connection implements PeerLink {
    /** Where the connection is in protocol §8; a step's deadline closes it only while it is there. */
    private enum Step {
        ADMISSION(DisconnectReason.HANDSHAKE_TIMEOUT, "admission puzzle"),
        TLS(DisconnectReason.TLS_TIMEOUT, "TLS handshake"),
        HELLO(DisconnectReason.HANDSHAKE_TIMEOUT, "HEY exchange"),
        JOINED(DisconnectReason.IDLE_TIMEOUT, "frame");

        private final DisconnectReason timeout;
        private final String awaited;

        Step(DisconnectReason timeout, String awaited) {
            this.timeout = timeout;
            this.awaited = awaited;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);
    private static final AtomicLong IDS = new AtomicLong();
    /** How long a closing connection waits for its last {@code ERR} to be written before the socket is shut. */
    private static final long CLOSE_LINGER_MS = 1_000;
    private static final int WRITE_BUFFER_BYTES = 64 * 1024;

    private final ConnectionContext context;
    private final Direction direction;
    private final PeerInfo.Source source;
    private final Optional<HostPort> dialTarget;
    private final Optional<Address> expectedId;
    private final Socket socket;
    private final Bytes readAhead;
    private final OutboundQueue queue;
    private final long id = IDS.incrementAndGet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean writerStarted = new AtomicBoolean();
    private volatile Thread writer;
    private volatile InetSocketAddress remote;
    private volatile Peer peer;
    /** The node id of the peer's TLS certificate, once TLS is through. */
    private volatile Address provenId;
    private volatile Step step = Step.ADMISSION;
    private volatile long lastFrameNanos = System.nanoTime();

    private Connection(ConnectionContext context, Direction direction, PeerInfo.Source source,
            Optional<HostPort> dialTarget, Optional<Address> expectedId, Socket socket, Bytes readAhead,
            InetSocketAddress remote) {
        this.context = context;
        this.direction = direction;
        this.source = source;
        this.dialTarget = dialTarget;
        this.expectedId = expectedId;
        this.socket = socket;
        this.readAhead = readAhead;
        this.remote = remote;
        this.queue = new OutboundQueue(context.policy().outboundFrames(), context.policy().outboundBytes());
    }

    /**
     * A connection for a socket through admission, {@code readAhead} the bytes the admission read after the
     * {@code SOL}; {@link #start} runs it.
     */
    public static Connection inbound(ConnectionContext context, Socket socket, Bytes readAhead) {
        return new Connection(context, Direction.INBOUND, PeerInfo.Source.INBOUND, Optional.empty(), Optional.empty(),
                socket, readAhead, (InetSocketAddress) socket.getRemoteSocketAddress());
    }

    /**
     * A connection that dials the candidate's endpoint when {@link #start} runs it; when the candidate names a node
     * id, a peer that proves another is refused with {@code NODE_ID_MISMATCH}.
     */
    public static Connection outbound(ConnectionContext context, DialCandidate candidate) {
        return new Connection(context, Direction.OUTBOUND, candidate.source(), Optional.of(candidate.target()),
                candidate.nodeId(), new Socket(), Bytes.EMPTY, null);
    }

    public void start() {
        context.open().add(this);
        String name = "ccoin-p2p-" + (direction == Direction.INBOUND ? "in-" : "out-") + id;
        Thread reader = context.threads().newThread(this::run);
        reader.setName(name);
        reader.start();
    }

    @Override
    public Direction direction() {
        return direction;
    }

    public Optional<HostPort> dialTarget() {
        return dialTarget;
    }

    @Override
    public PeerInfo.Source source() {
        return source;
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return remote;
    }

    @Override
    public boolean isOpen() {
        return !closed.get();
    }

    @Override
    public long lastFrameNanos() {
        return lastFrameNanos;
    }

    @Override
    public String remoteText() {
        InetSocketAddress address = remote;
        if (address != null) {
            return address.getAddress().getHostAddress() + ":" + address.getPort();
        }
        return dialTarget.map(HostPort::toString).orElse("?");
    }

    /** Queues a frame for the writer; a full queue drops the peer. */
    @Override
    public void sendFrame(byte[] frame) {
        if (closed.get()) {
            return;
        }
        if (!queue.offer(frame)) {
            close(DisconnectReason.QUEUE_OVERFLOW, "the peer does not read fast enough");
            return;
        }
        context.counters().sent(frame);
    }

    /** Queues frames to be written together, with one flush; a full queue drops the peer. */
    @Override
    public void sendFrames(List<byte[]> frames) {
        if (closed.get()) {
            return;
        }
        if (!queue.offerAll(frames)) {
            close(DisconnectReason.QUEUE_OVERFLOW, "the peer does not read fast enough");
            return;
        }
        frames.forEach(context.counters()::sent);
    }

    private void send(Message message) {
        sendFrame(FrameEncoder.encode(message));
    }

    private void run() {
        ScheduledFuture<?> deadline = null;
        try {
            if (direction == Direction.OUTBOUND && !connect()) {
                return;
            }
            socket.setTcpNoDelay(true);
            long stepMillis = context.policy().handshakeTimeout().toMillis();
            if (direction == Direction.OUTBOUND) {
                // Solving the responder's puzzle may take its whole answer window.
                long admissionMillis = AdmissionDesk.ANSWER_WINDOW_MS + stepMillis;
                socket.setSoTimeout((int) admissionMillis);
                deadline = deadline(Step.ADMISSION, admissionMillis);
                answerPuzzle();
                cancel(deadline);
            }
            step = Step.TLS;
            deadline = deadline(Step.TLS, stepMillis);
            socket.setSoTimeout((int) stepMillis);
            SSLSocket tls = direction == Direction.OUTBOUND ? context.tls().client(socket)
                    : context.tls().server(socket, readAhead);
            PeerCertificate certificate = PeerTls.handshake(tls);
            provenId = certificate.nodeId();
            cancel(deadline);
            step = Step.HELLO;
            deadline = deadline(Step.HELLO, stepMillis);
            startWriter(tls.getOutputStream());
            expectedId.filter(expected -> !expected.equals(certificate.nodeId())).ifPresent(expected -> {
                throw new ProtocolViolationException(DisconnectReason.NODE_ID_MISMATCH, "dialled " + remoteText()
                        + " expecting node " + expected + ", its TLS certificate is node " + certificate.nodeId());
            });
            FrameReader reader = new FrameReader(new BufferedInputStream(tls.getInputStream()),
                    ConnectionPolicy.HANDSHAKE_MAX_FRAME_BYTES);
            PeerHello hello = context.handshake().run(context.hello().get(), certificate.nodeKey(), reader,
                    this::send, context.gate());
            cancel(deadline);
            socket.setSoTimeout((int) context.policy().idleTimeout().toMillis());
            reader.limit(context.policy().maxFrameBytes());
            Peer joined = new Peer(this, hello, context.clock().millis());
            context.table().register(joined);
            peer = joined;
            step = Step.JOINED;
            if (closed.get()) {
                // The hello's deadline fired while we were registering.
                context.table().remove(joined);
                return;
            }
            lastFrameNanos = System.nanoTime();
            context.events().onJoined(joined);
            readLoop(reader, joined);
        } catch (ProtocolViolationException e) {
            close(e.reason(), e.getMessage());
        } catch (PeerErrorException e) {
            closeByPeer(e.reason(), e.notice().message());
        } catch (IOException e) {
            failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(DisconnectReason.SHUTDOWN, "interrupted");
        } catch (RuntimeException e) {
            LOG.warn("connection {} failed unexpectedly", remoteText(), e);
            close(DisconnectReason.CONNECTION_LOST, "internal error: " + e);
        } finally {
            cancel(deadline);
        }
    }

    /** Ends the connection for a failed socket or TLS, named by the step it failed in. */
    private void failed(IOException e) {
        boolean timeout = causedBy(e, SocketTimeoutException.class);
        String detail = String.valueOf(e.getMessage());
        if (step == Step.TLS) {
            close(timeout ? DisconnectReason.TLS_TIMEOUT : DisconnectReason.TLS_FAILED, detail);
        } else if (timeout) {
            long waited = step == Step.JOINED ? context.policy().idleTimeout().toMillis()
                    : context.policy().handshakeTimeout().toMillis();
            close(step.timeout, "no " + step.awaited + " within " + waited + " ms");
        } else if (step == Step.HELLO && causedBy(e, SSLException.class)) {
            // A peer that refused our certificate says so with a TLS alert on our first read.
            close(DisconnectReason.TLS_FAILED, detail);
        } else {
            closeByPeer(DisconnectReason.CONNECTION_LOST, detail);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Protocol §8 step 1 as the initiator, in plaintext: read the responder's {@code PUZ}, solve it off this thread and
     * write the {@code SOL}; TLS follows at once, without waiting for an answer. The puzzle is read byte-exact, so
     * nothing of the responder's TLS is consumed here.
     */
    private void answerPuzzle() throws IOException, InterruptedException {
        Message first = new FrameReader(socket.getInputStream(), ConnectionPolicy.HANDSHAKE_MAX_FRAME_BYTES).next()
                .orElseThrow(() -> new ProtocolViolationException(DisconnectReason.CONNECTION_LOST,
                        "the peer closed the connection before its admission puzzle"));
        if (!(first instanceof Puzzle puzzle)) {
            throw new ProtocolViolationException(DisconnectReason.UNSUPPORTED_VERSION,
                    "expected an admission puzzle (PUZ), got " + first.type() + ": a peer of protocol version 1?");
        }
        Solution solution = context.solver().solve(puzzle, AdmissionDesk.ANSWER_WINDOW_MS);
        OutputStream out = socket.getOutputStream();
        out.write(FrameEncoder.encode(solution));
        out.flush();
    }

    /** Dials the target; false (and the connection ended as {@code CONNECT_FAILED}) if that fails. */
    private boolean connect() {
        HostPort target = dialTarget.orElseThrow();
        InetSocketAddress address = new InetSocketAddress(target.host(), target.port());
        if (address.isUnresolved()) {
            closeByPeer(DisconnectReason.CONNECT_FAILED, "cannot resolve " + target.host());
            return false;
        }
        try {
            socket.connect(address, (int) context.policy().handshakeTimeout().toMillis());
        } catch (IOException e) {
            closeByPeer(DisconnectReason.CONNECT_FAILED, String.valueOf(e.getMessage()));
            return false;
        }
        remote = (InetSocketAddress) socket.getRemoteSocketAddress();
        return true;
    }

    private void readLoop(FrameReader reader, Peer joined) throws IOException {
        while (!closed.get()) {
            Optional<Message> next = reader.next();
            if (next.isEmpty()) {
                closeByPeer(DisconnectReason.CONNECTION_LOST, "the peer closed the connection");
                return;
            }
            lastFrameNanos = System.nanoTime();
            Message message = next.get();
            if (message instanceof ErrorNotice notice) {
                throw new PeerErrorException(notice);
            }
            context.counters().received(message.type(), reader.lastFrameBytes());
            LOG.debug("{} <- {}", joined, message.type());
            context.events().onMessage(joined, message);
        }
    }

    /** Closes the connection {@code millis} from now if it is still at step {@code at}; null when shutting down. */
    private ScheduledFuture<?> deadline(Step at, long millis) {
        return schedule(() -> {
            if (step == at) {
                close(at.timeout, "no " + at.awaited + " within " + millis + " ms");
            }
        }, millis);
    }

    private static void cancel(ScheduledFuture<?> deadline) {
        if (deadline != null) {
            deadline.cancel(false);
        }
    }

    private void startWriter(OutputStream out) {
        if (writerStarted.compareAndSet(false, true)) {
            Thread thread = context.threads().newThread(() -> writeLoop(out));
            thread.setName("ccoin-p2p-write-" + id);
            writer = thread;
            thread.start();
        }
    }

    private void writeLoop(OutputStream tls) {
        try {
            OutputStream out = new BufferedOutputStream(tls, WRITE_BUFFER_BYTES);
            while (true) {
                List<byte[]> frames = queue.takeAll();
                if (frames.isEmpty()) {
                    break;
                }
                for (byte[] frame : frames) {
                    out.write(frame);
                }
                if (queue.isEmpty()) {
                    out.flush();
                }
            }
            out.flush();
        } catch (IOException e) {
            closeByPeer(DisconnectReason.CONNECTION_LOST, "write failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeSocket();
        }
    }

    /** Ends the connection for a reason found here; tells the peer with {@code ERR} when the reason says so. */
    @Override
    public void close(DisconnectReason reason, String detail) {
        end(reason, detail, false);
    }

    /** Ends the connection because the peer did: it sent {@code ERR}, hung up, or the socket failed. */
    private void closeByPeer(DisconnectReason reason, String detail) {
        end(reason, detail, true);
    }

    private void end(DisconnectReason reason, String detail, boolean byPeer) {
        Peer joined = peer;
        if (reason.bansPeer() && !byPeer) {
            // The node id banned is the one TLS proved, never one a HEY merely names. The ban holds even if the
            // connection is gone already: a peer must not dodge it by hanging up before its block is judged.
            context.bans().ban(joined != null ? Optional.of(joined.nodeId()) : Optional.ofNullable(provenId),
                    remote != null ? remote.getAddress() : null);
        }
        if (!closed.compareAndSet(false, true)) {
            if (reason.bansPeer() && !byPeer) {
                LOG.info("banned {} after it left: {}: {}", joined != null ? joined : remoteText(), reason, detail);
            }
            return;
        }
        Optional<Address> nodeId = joined != null ? Optional.of(joined.nodeId()) : Optional.ofNullable(provenId);
        // Unregister before the socket closes: a peer that sees the close and reconnects must not find itself here.
        if (joined != null) {
            context.table().remove(joined);
            joined.connectionClosed();
        }
        context.open().remove(this);
        if (reason.sendsError() && !byPeer && writerStarted.get()) {
            queue.finish(FrameEncoder.encode(ErrorNotice.of(reason.name(), detail)));
            if (schedule(this::closeSocket, CLOSE_LINGER_MS) == null) {
                closeSocket();
            }
        } else {
            queue.finish(null);
            closeSocket();
        }
        context.events().onClosed(new PeerDeparture(nodeId, remoteText(), direction, reason, detail, byPeer,
                joined != null, dialTarget));
    }

    /**
     * Ends the connection for shutdown: {@code ERR SHUTDOWN}, then up to {@code deadlineNanos} (System.nanoTime) for
     * the writer to send it, then the socket is closed whatever the writer is doing.
     */
    public void shutdown(long deadlineNanos) {
        close(DisconnectReason.SHUTDOWN, "the node is shutting down");
        Thread thread = writer;
        if (thread != null) {
            try {
                thread.join(Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeSocket();
    }

    /** Schedules on the shared timer; null when the network is shutting down and the timer takes no more work. */
    private ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
        try {
            return context.timer().schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    private void closeSocket() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is all we wanted; a failure to close has nobody to tell.
        }
    }

    @Override
    public String toString() {
        return "Connection[" + id + " " + direction + " " + remoteText() + "]";
    }
}
