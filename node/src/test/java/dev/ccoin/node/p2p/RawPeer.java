package dev.ccoin.node.p2p;

import dev.ccoin.core.block.Genesis;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.p2p.framing.FrameEncoder;
import dev.ccoin.node.p2p.framing.FrameReader;
import dev.ccoin.node.p2p.handshake.Handshake;
import dev.ccoin.node.p2p.handshake.NodeKey;
import dev.ccoin.node.p2p.handshake.PeerHello;
import dev.ccoin.node.p2p.messages.ErrorNotice;
import dev.ccoin.node.p2p.messages.Hey;
import dev.ccoin.node.p2p.messages.Message;
import dev.ccoin.node.p2p.messages.Puzzle;
import dev.ccoin.node.p2p.messages.Solution;
import dev.ccoin.node.p2p.tls.PeerCertificate;
import dev.ccoin.node.p2p.tls.PeerTls;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLSocket;

/**
 * A hand-driven peer, through admission (protocol §8 step 1) and TLS 1.3 with the certificate of its key (step 2) on
 * connecting, for tests that need to say things an honest node never would inside TLS: raw bytes, chosen frames, a
 * {@code HEY} that names another key than its certificate's. Reads time out after a few seconds. Test-only; one
 * thread.
 */
public final class RawPeer implements AutoCloseable {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final NodeKey key;
    private final SSLSocket socket;
    private final PeerCertificate node;
    private final OutputStream out;
    private final BufferedInputStream in;
    private final FrameReader reader;

    private RawPeer(NodeKey key, SSLSocket socket) throws IOException {
        this.key = key;
        this.socket = socket;
        this.node = PeerTls.handshake(socket);
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream());
        this.reader = new FrameReader(in, 16 * 1024 * 1024);
    }

    /**
     * Connects, answers the node's admission puzzle and runs TLS as the holder of {@code key}, so what the test sends
     * next meets the {@code HEY} exchange.
     */
    public static RawPeer connect(int port, KeyPair key) {
        try {
            Socket plain = new Socket();
            plain.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            plain.setSoTimeout((int) READ_TIMEOUT.toMillis());
            admit(plain);
            NodeKey nodeKey = NodeKey.of(key);
            return new RawPeer(nodeKey, PeerTls.of(nodeKey).client(plain));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node id of the node's TLS certificate. */
    public Address nodeId() {
        return node.nodeId();
    }

    /** Reads the node's {@code PUZ} from {@code socket} and answers it, for tests that speak raw bytes after that. */
    public static void admit(Socket socket) throws IOException {
        Message first = new FrameReader(socket.getInputStream(), 1024).next()
                .orElseThrow(() -> new AssertionError("the node closed the connection before its PUZ"));
        OutputStream out = socket.getOutputStream();
        out.write(FrameEncoder.encode(solve((Puzzle) first)));
        out.flush();
    }

    /** The smallest nonce meeting {@code puzzle}, found on the calling thread. */
    public static Solution solve(Puzzle puzzle) {
        return new Solution(puzzle.seed(), Hashcash.smallestNonce(puzzle.seed(), puzzle.bits()));
    }

    /** An honest {@code HEY} exchange as the holder of the key, on the chain of {@code params}. */
    public PeerHello handshake(ChainParams params) {
        return handshake(params, new Handshake(key, params.networkId(), Genesis.block(params).hash())
                .hello(genesisHead(params), 0, "raw-peer"));
    }

    /** A {@code HEY} exchange that sends {@code hey}, which may claim anything. */
    public PeerHello handshake(ChainParams params, Hey hey) {
        Handshake handshake = new Handshake(key, params.networkId(), Genesis.block(params).hash());
        try {
            return handshake.run(hey, node.nodeKey(), reader, this::send, nodeId -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ChainHead genesisHead(ChainParams params) {
        return new ChainHead(Genesis.block(params), BigInteger.ONE, java.util.List.of());
    }

    public void send(Message message) {
        sendRaw(FrameEncoder.encode(message));
    }

    /** Writes bytes as they are; false if the node has closed the connection already. */
    public boolean sendRaw(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The next frame, or empty at the end of the stream. */
    public Optional<Message> next() {
        try {
            return reader.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads until a frame of {@code type} arrives, skipping others (pings, gossip, peer requests). */
    public <T extends Message> T expect(Class<T> type) {
        while (true) {
            Message message = next().orElseThrow(() -> new AssertionError("the node closed the connection while "
                    + "we waited for " + type.getSimpleName()));
            if (type.isInstance(message)) {
                return type.cast(message);
            }
            if (message instanceof ErrorNotice notice) {
                throw new AssertionError("the node sent ERR " + notice + " while we waited for "
                        + type.getSimpleName());
            }
        }
    }

    /** Reads until the node's {@code ERR}, skipping other frames; empty if the stream ends without one. */
    public Optional<ErrorNotice> awaitError() {
        while (true) {
            Optional<Message> message;
            try {
                message = reader.next();
            } catch (IOException e) {
                return Optional.empty();
            }
            if (message.isEmpty()) {
                return Optional.empty();
            }
            if (message.get() instanceof ErrorNotice notice) {
                return Optional.of(notice);
            }
        }
    }

    /** Reads the frames that have arrived, without waiting for more; the node's {@code ERR} if among them. */
    public Optional<ErrorNotice> pollError() {
        try {
            while (in.available() > 0) {
                Optional<Message> message = reader.next();
                if (message.isPresent() && message.get() instanceof ErrorNotice notice) {
                    return Optional.of(notice);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Half-closes: the node sees the end of our stream but can still answer. */
    public void shutdownOutput() {
        try {
            socket.shutdownOutput();
        } catch (IOException ignored) {
            // Already closed by the node: nothing left to end.
        }
    }

    /** True once the node has closed the connection (reads the rest of the stream away). */
    public boolean awaitClosed() {
        try {
            byte[] buffer = new byte[4096];
            while (socket.getInputStream().read(buffer) >= 0) {
                // Drain whatever the node still sends.
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Test cleanup.
        }
    }
}
