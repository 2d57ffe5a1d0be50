package dev.ccoin.node.p2p.peers;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.consensus.ChainWeight;
import dev.ccoin.node.consensus.ForkChoice;
import dev.ccoin.node.network.PeerInfo;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.framing.FrameEncoder;
import dev.ccoin.node.p2p.framing.ProtocolViolationException;
import dev.ccoin.node.p2p.handshake.PeerHello;
import dev.ccoin.node.p2p.messages.BlocksPage;
import dev.ccoin.node.p2p.messages.BlocksRequest;
import dev.ccoin.node.p2p.messages.Message;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A handshaken peer: its proved node id, what its {@code HEY} said, its latest known head, the hashes it knows, and
 * the one block request that may be outstanding to it (the protocol has no request ids, so requests to one peer go
 * one at a time and the answer is matched by order). Its frames go over a {@link PeerLink}, the {@link Connection}
 * it came on. Its head is weighed as fork choice weighs ours. Sending never blocks; a peer whose queue overflows is
 * dropped. Thread-safe: the head is replaced atomically, the request slot is an atomic reference, the rest is
 * immutable or thread-safe itself.
 */
public final class Peer {
    static final int KNOWN_HASHES = 8192;
    /** Gossiped blocks of one peer waiting on the chain thread; more makes its reader wait. */
    private static final int IMPORTS_IN_FLIGHT = 16;

    private final PeerLink link;
    private final PeerHello hello;
    private final long connectedAtMillis;
    private final KnownHashes known = new KnownHashes(KNOWN_HASHES);
    private final Semaphore imports = new Semaphore(IMPORTS_IN_FLIGHT);
    private final AtomicReference<CompletableFuture<BlocksPage>> pendingPage = new AtomicReference<>();
    private final AtomicReference<ChainWeight> head;
    /** When the last PNG went out; written by the maintenance thread only. */
    private volatile long lastPingNanos = System.nanoTime();

    Peer(PeerLink link, PeerHello hello, long connectedAtMillis) {
        this.link = link;
        this.hello = hello;
        this.connectedAtMillis = connectedAtMillis;
        this.head = new AtomicReference<>(new ChainWeight(hello.hey().totalWork(), hello.hey().headHeight(),
                hello.hey().headHash()));
    }

    public Address nodeId() {
        return hello.nodeId();
    }

    public PeerHello hello() {
        return hello;
    }

    public PeerInfo.Direction direction() {
        return link.direction();
    }

    public InetSocketAddress remoteAddress() {
        return link.remoteAddress();
    }

    /** Where the peer accepts connections: its IP and the port its {@code HEY} gave, if not 0. */
    public Optional<InetSocketAddress> listenEndpoint() {
        int port = hello.hey().listenPort();
        InetSocketAddress remote = link.remoteAddress();
        return port == 0 || remote == null ? Optional.empty()
                : Optional.of(new InetSocketAddress(remote.getAddress(), port));
    }

    /** The peer's head as it last told us (its {@code HEY}, a {@code BLH}) or showed us (a block it sent). */
    public ChainWeight head() {
        return head.get();
    }

    /** Takes the head the peer announced ({@code BLH}) as it is: a peer may switch to another branch. */
    public void announcedHead(ChainWeight announced) {
        head.set(announced);
    }

    /** Raises the known head to {@code seen} if fork choice prefers it (the peer sent us that block). */
    public void sawHead(ChainWeight seen) {
        head.accumulateAndGet(seen, (current, next) -> ForkChoice.isBetter(next, current) ? next : current);
    }

    /** Remembers that the peer has {@code hash}; true if that is news. */
    public boolean markKnown(Hash32 hash) {
        return known.add(hash);
    }

    public boolean knows(Hash32 hash) {
        return known.contains(hash);
    }

    /** Slots for this peer's gossiped blocks awaiting import; its reader takes one per block. */
    public Semaphore importSlots() {
        return imports;
    }

    public void send(Message message) {
        link.sendFrame(FrameEncoder.encode(message));
    }

    /** Sends a frame already encoded (one encoding for many peers). */
    public void sendFrame(byte[] frame) {
        link.sendFrame(frame);
    }

    /** Sends frames already encoded as one burst: queued together, written with one flush. */
    public void sendFrames(List<byte[]> frames) {
        link.sendFrames(frames);
    }

    /**
     * Asks for blocks; the future completes with the matching {@code ABL}, or fails if the connection ends first.
     *
     * @throws IllegalStateException if a request is already outstanding
     */
    public CompletableFuture<BlocksPage> requestBlocks(BlocksRequest request) {
        CompletableFuture<BlocksPage> answer = new CompletableFuture<>();
        if (!pendingPage.compareAndSet(null, answer)) {
            throw new IllegalStateException("a block request to " + nodeId() + " is outstanding");
        }
        if (!isConnected()) {
            pendingPage.set(null);
            answer.completeExceptionally(new IllegalStateException("peer " + nodeId() + " is gone"));
            return answer;
        }
        send(request);
        return answer;
    }

    /** Hands an {@code ABL} to the request waiting for it; one nobody asked for is a violation. */
    public void receivedPage(BlocksPage page) {
        CompletableFuture<BlocksPage> waiting = pendingPage.getAndSet(null);
        if (waiting == null) {
            throw new ProtocolViolationException(DisconnectReason.UNEXPECTED_MESSAGE, "ABL without a request");
        }
        waiting.complete(page);
    }

    /** Forgets the outstanding request without waiting for its answer (it timed out; the peer is being dropped). */
    public void abandonRequest() {
        pendingPage.set(null);
    }

    public void disconnect(DisconnectReason reason, String detail) {
        link.close(reason, detail);
    }

    public boolean isConnected() {
        return link.isOpen();
    }

    /** Nanos (System.nanoTime) when the last whole frame arrived. */
    public long lastFrameNanos() {
        return link.lastFrameNanos();
    }

    long lastPingNanos() {
        return lastPingNanos;
    }

    void pinged(long nanos) {
        lastPingNanos = nanos;
    }

    void connectionClosed() {
        CompletableFuture<BlocksPage> waiting = pendingPage.getAndSet(null);
        if (waiting != null) {
            waiting.completeExceptionally(new IllegalStateException("peer " + nodeId() + " disconnected"));
        }
    }

    /** What the API shows. */
    public PeerInfo info() {
        ChainWeight current = head.get();
        InetSocketAddress remote = link.remoteAddress();
        int port = link.direction() == PeerInfo.Direction.INBOUND && hello.hey().listenPort() != 0
                ? hello.hey().listenPort() : remote.getPort();
        return new PeerInfo(nodeId(), remote.getAddress().getHostAddress(), port, direction(), link.source(), current.height(),
                current.hash(), current.totalWork(), connectedAtMillis, hello.hey().agent());
    }

    @Override
    public String toString() {
        return nodeId().toHex().substring(0, 8) + "@" + link.remoteText();
    }
}
