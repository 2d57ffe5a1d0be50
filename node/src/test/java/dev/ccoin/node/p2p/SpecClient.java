package dev.ccoin.node.p2p;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;

/**
 * An initiator written from protocol §8 alone, on bytes: it shares no code with the node beyond the msgpack library, so
 * a node that passes its tests speaks the protocol as written, not as its own client happens to. It may bind its
 * socket to any loopback source address (127.0.0.2, …) for per-IP behaviour. Test-only; one thread.
 */
public final class SpecClient implements AutoCloseable {
    private static final int READ_TIMEOUT_MS = 15_000;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private SpecClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Connects to 127.0.0.1:{@code port} from {@code sourceIp}. */
    public static SpecClient connect(int port, String sourceIp) {
        try {
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(sourceIp, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(READ_TIMEOUT_MS);
            return new SpecClient(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The spec's {@code PUZ [version, seed(bin32), bits, expiresAt]}. */
    public record Puzzle(long version, byte[] seed, int bits, long expiresAt) {
    }

    /** Reads one frame {@code uint32 BE length | 3 ASCII type | msgpack body} and checks it is a {@code PUZ}. */
    public Puzzle readPuzzle() {
        try {
            int length = in.readInt();
            if (length < 3 || length > 1024) {
                throw new AssertionError("a PUZ frame of " + length + " bytes");
            }
            byte[] rest = new byte[length];
            in.readFully(rest);
            String type = new String(rest, 0, 3, StandardCharsets.US_ASCII);
            if (!type.equals("PUZ")) {
                throw new AssertionError("expected PUZ, got " + type);
            }
            try (MessageUnpacker body = MessagePack.newDefaultUnpacker(rest, 3, length - 3)) {
                if (body.unpackArrayHeader() != 4) {
                    throw new AssertionError("PUZ is an array of 4");
                }
                long version = body.unpackLong();
                int seedLength = body.unpackBinaryHeader();
                byte[] seed = body.readPayload(seedLength);
                int bits = body.unpackInt();
                long expiresAt = body.unpackLong();
                if (body.hasNext()) {
                    throw new AssertionError("bytes after the PUZ body");
                }
                return new Puzzle(version, seed, bits, expiresAt);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The smallest nonce with {@code lzb(SHA-256(seed || be64(nonce))) >= bits}, by plain MessageDigest. */
    public static long solve(byte[] seed, int bits) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ByteBuffer trial = ByteBuffer.allocate(seed.length + Long.BYTES).put(seed);
        for (long nonce = 0; ; nonce++) {
            trial.putLong(seed.length, nonce);
            if (leadingZeroBits(sha256.digest(trial.array())) >= bits) {
                return nonce;
            }
        }
    }

    private static int leadingZeroBits(byte[] hash) {
        int bits = 0;
        for (byte b : hash) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return bits;
    }

    /** {@code SOL [seed(bin32), nonce]} as one frame. */
    public static byte[] solutionFrame(byte[] seed, long nonce) {
        try (MessageBufferPacker body = MessagePack.newDefaultBufferPacker()) {
            body.packArrayHeader(2).packBinaryHeader(seed.length).writePayload(seed).packLong(nonce);
            return frame("SOL", body.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code uint32 BE length of the rest | type | body}. */
    public static byte[] frame(String type, byte[] body) {
        return ByteBuffer.allocate(4 + 3 + body.length).putInt(3 + body.length)
                .put(type.getBytes(StandardCharsets.US_ASCII)).put(body).array();
    }

    /** Reads the puzzle and answers it honestly. */
    public Puzzle admit() {
        Puzzle puzzle = readPuzzle();
        send(solutionFrame(puzzle.seed(), solve(puzzle.seed(), puzzle.bits())));
        return puzzle;
    }

    /** Writes bytes as they are; false if the node has closed the connection already. */
    public boolean send(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * True iff the node closes the connection without sending a single byte more (no {@code ERR}) within the read
     * timeout; a reset counts as a close.
     */
    public boolean closedSilently() {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try {
            InputStream raw = socket.getInputStream();
            byte[] buffer = new byte[4096];
            int n;
            while ((n = raw.read(buffer)) >= 0) {
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            // The node closed while our bytes were unread: a reset, still a close.
        }
        return received.size() == 0;
    }

    public Socket socket() {
        return socket;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Test cleanup.
        }
    }

    /** A copy of {@code seed} with one bit flipped: another connection's seed, say. */
    public static byte[] otherSeed(byte[] seed) {
        byte[] other = Arrays.copyOf(seed, seed.length);
        other[0] ^= 1;
        return other;
    }
}
