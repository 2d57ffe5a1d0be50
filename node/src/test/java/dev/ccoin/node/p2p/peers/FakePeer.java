package dev.ccoin.node.p2p.peers;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.consensus.ChainWeight;
import dev.ccoin.node.network.PeerInfo;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.framing.FrameReader;
import dev.ccoin.node.p2p.handshake.PeerHello;
import dev.ccoin.node.p2p.messages.BlocksPage;
import dev.ccoin.node.p2p.messages.BlocksRequest;
import dev.ccoin.node.p2p.messages.Hey;
import dev.ccoin.node.p2p.messages.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A peer without a socket: a real {@link Peer}, registered in a real {@link PeerTable}, over a link that decodes
 * every frame the node sends it, keeps them in the bursts they were queued in, and answers block requests as the
 * test says (by default never). Closing the link unregisters the peer and fails its outstanding request, as a
 * {@link Connection} does; it bans nobody. Test-only; thread-safe.
 */
public final class FakePeer implements PeerLink {
    private static final AtomicInteger IDS = new AtomicInteger();

    private final int id = IDS.incrementAndGet();
    private final PeerTable table;
    private final Peer peer;
    private final List<List<Message>> bursts = new CopyOnWriteArrayList<>();
    private final AtomicReference<DisconnectReason> closedFor = new AtomicReference<>();
    private volatile Function<BlocksRequest, Optional<BlocksPage>> answers = request -> Optional.empty();

    private FakePeer(PeerTable table, ChainWeight head) {
        this.table = table;
        byte[] nodeId = new byte[Address.LENGTH];
        nodeId[0] = (byte) (id >> 8);
        nodeId[1] = (byte) id;
        Hey hey = new Hey(Hey.PROTOCOL_VERSION, 0, Hash32.ZERO, Bytes.EMPTY, 0, head.height(), head.hash(),
                head.totalWork(), "fake-" + id);
        this.peer = new Peer(this, new PeerHello(Address.of(nodeId), hey), 0);
    }

    /** A peer whose handshake reported {@code head}, joined to {@code table}. */
    public static FakePeer join(PeerTable table, ChainWeight head) {
        FakePeer fake = new FakePeer(table, head);
        table.register(fake.peer);
        return fake;
    }

    public Peer peer() {
        return peer;
    }

    /** Answers each block request with what {@code server} gives; an empty answer is no answer at all. */
    public FakePeer answering(Function<BlocksRequest, Optional<BlocksPage>> server) {
        this.answers = server;
        return this;
    }

    /** Every message the node sent, in order. */
    public List<Message> received() {
        List<Message> all = new ArrayList<>();
        bursts.forEach(all::addAll);
        return all;
    }

    public <T extends Message> List<T> received(Class<T> type) {
        return received().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The messages the node sent, grouped as it queued them: one list per frame or burst of frames. */
    public List<List<Message>> bursts() {
        return List.copyOf(bursts);
    }

    /** Why the node ended the link, if it did. */
    public Optional<DisconnectReason> closedFor() {
        return Optional.ofNullable(closedFor.get());
    }

    @Override
    public PeerInfo.Direction direction() {
        return PeerInfo.Direction.OUTBOUND;
    }

    @Override
    public PeerInfo.Source source() {
        return PeerInfo.Source.EXCHANGE;
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 20_000 + id);
    }

    @Override
    public String remoteText() {
        return "fake-" + id;
    }

    @Override
    public void sendFrame(byte[] frame) {
        sendFrames(List.of(frame));
    }

    @Override
    public void sendFrames(List<byte[]> frames) {
        if (!isOpen()) {
            return;
        }
        List<Message> burst = frames.stream().map(FakePeer::decode).toList();
        bursts.add(burst);
        for (Message message : burst) {
            if (message instanceof BlocksRequest request) {
                answers.apply(request).ifPresent(peer::receivedPage);
            }
        }
    }

    @Override
    public void close(DisconnectReason reason, String detail) {
        if (closedFor.compareAndSet(null, reason)) {
            table.remove(peer);
            peer.connectionClosed();
        }
    }

    @Override
    public boolean isOpen() {
        return closedFor.get() == null;
    }

    @Override
    public long lastFrameNanos() {
        return System.nanoTime();
    }

    private static Message decode(byte[] frame) {
        try {
            return new FrameReader(new ByteArrayInputStream(frame), frame.length).next().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
