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
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TCP connection, inbound (already through admission, see {@link AdmissionDesk}) or dialled. Its reader thread
 * connects and answers the responder's admission puzzle (if dialling), runs the handshake with a deadline, registers the {@link Peer}, then reads frames and hands each to {@link PeerEvents} — decoding only, never
 * importing. Its writer thread drains the {@link OutboundQueue}. Whatever ends the connection — a violation, a
 * timeout, the peer, a full queue, shutdown — goes through {@link #close} once: bans if the reason says so, a last
 * {@code ERR} when there is someone to tell, the socket closed (forcibly after a short linger if the writer is
 * stuck), the peer unregistered and the departure reported.
 *
 * <p>Threads: the reader thread owns the socket's input and the handshake; the writer thread owns its output;
 * {@link #close} and {@link #sendFrame} are safe from any thread.
 */
public final class Connection implements PeerLink {
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
    private volatile Address claimedId;
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
            socket.setSoTimeout((int) context.policy().idleTimeout().toMillis());
            startWriter();
            long handshakeMillis = context.policy().handshakeTimeout().toMillis();
            // A dialled connection first answers the responder's puzzle, which may take the whole answer window.
            deadline = schedule(this::handshakeDeadline, direction == Direction.OUTBOUND
                    ? AdmissionDesk.ANSWER_WINDOW_MS + handshakeMillis : handshakeMillis);
            FrameReader reader = new FrameReader(new BufferedInputStream(input()),
                    ConnectionPolicy.HANDSHAKE_MAX_FRAME_BYTES);
            if (direction == Direction.OUTBOUND) {
                answerPuzzle(reader);
            }
            PeerHello hello = context.handshake().run(context.hello().get(), reader, this::send, nodeId -> {
                claimedId = nodeId;
                expectedId.filter(expected -> !expected.equals(nodeId)).ifPresent(expected -> {
                    throw new ProtocolViolationException(DisconnectReason.NODE_ID_MISMATCH, "dialled "
                            + remoteText() + " expecting node " + expected + ", reached node " + nodeId);
                });
                context.gate().admit(nodeId);
            });
            if (deadline != null) {
                deadline.cancel(false);
            }
            reader.limit(context.policy().maxFrameBytes());
            Peer joined = new Peer(this, hello, context.clock().millis());
            context.table().register(joined);
            peer = joined;
            if (closed.get()) {
                // The handshake deadline fired while we were registering.
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
        } catch (SocketTimeoutException e) {
            close(peer == null ? DisconnectReason.HANDSHAKE_TIMEOUT : DisconnectReason.IDLE_TIMEOUT,
                    "no frame for " + context.policy().idleTimeout().toSeconds() + " s");
        } catch (IOException e) {
            closeByPeer(DisconnectReason.CONNECTION_LOST, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(DisconnectReason.SHUTDOWN, "interrupted");
        } catch (RuntimeException e) {
            LOG.warn("connection {} failed unexpectedly", remoteText(), e);
            close(DisconnectReason.CONNECTION_LOST, "internal error: " + e);
        } finally {
            if (deadline != null) {
                deadline.cancel(false);
            }
        }
    }

    /** The socket's input, after the bytes the admission read ahead of the handshake. */
    private InputStream input() throws IOException {
        if (readAhead.length() == 0) {
            return socket.getInputStream();
        }
        return new SequenceInputStream(new ByteArrayInputStream(readAhead.toArray()), socket.getInputStream());
    }

    /**
     * Protocol §8 step 1 as the initiator: read the responder's {@code PUZ}, solve it off this thread and queue the
     * {@code SOL}; the handshake follows at once, without waiting for an answer.
     */
    private void answerPuzzle(FrameReader reader) throws IOException, InterruptedException {
        Message first = reader.next().orElseThrow(() -> new ProtocolViolationException(
                DisconnectReason.CONNECTION_LOST, "the peer closed the connection before its admission puzzle"));
        if (!(first instanceof Puzzle puzzle)) {
            throw new ProtocolViolationException(DisconnectReason.UNSUPPORTED_VERSION,
                    "expected an admission puzzle (PUZ), got " + first.type() + ": a peer of protocol version 1?");
        }
        send(context.solver().solve(puzzle, AdmissionDesk.ANSWER_WINDOW_MS));
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

    private void handshakeDeadline() {
        if (peer == null) {
            close(DisconnectReason.HANDSHAKE_TIMEOUT,
                    "no handshake within " + context.policy().handshakeTimeout().toMillis() + " ms");
        }
    }

    private void startWriter() {
        if (writerStarted.compareAndSet(false, true)) {
            Thread thread = context.threads().newThread(this::writeLoop);
            thread.setName("ccoin-p2p-write-" + id);
            writer = thread;
            thread.start();
        }
    }

    private void writeLoop() {
        try {
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), WRITE_BUFFER_BYTES);
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
            // An unproved node id is not banned: anyone could name someone else's key in a HEY. The ban holds even
            // if the connection is gone already: a peer must not dodge it by hanging up before its block is judged.
            context.bans().ban(joined != null ? Optional.of(joined.nodeId()) : Optional.empty(),
                    remote != null ? remote.getAddress() : null);
        }
        if (!closed.compareAndSet(false, true)) {
            if (reason.bansPeer() && !byPeer) {
                LOG.info("banned {} after it left: {}: {}", joined != null ? joined : remoteText(), reason, detail);
            }
            return;
        }
        Optional<Address> nodeId = joined != null ? Optional.of(joined.nodeId()) : Optional.ofNullable(claimedId);
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
