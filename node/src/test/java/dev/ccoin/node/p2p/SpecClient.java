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
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;

/**
 * An initiator written from protocol §8 alone, on bytes: it shares no code with the node beyond the msgpack library,
 * the JDK's TLS and Bouncy Castle's certificate builder, so a node that passes its tests speaks the protocol as
 * written, not as its own client happens to. Step 1 in plaintext ({@link #admit}), step 2 as a TLS client with a
 * self-signed certificate of its own ({@link #startTls}), step 3 as {@code HEY} v2 frames built field by field
 * ({@link #hey}). It may bind its socket to any loopback source address (127.0.0.2, …) for per-IP behaviour.
 * Test-only; one thread.
 */
public final class SpecClient implements AutoCloseable {
    private static final int READ_TIMEOUT_MS = 15_000;

    private final Socket socket;
    private DataInputStream in;
    private OutputStream out;
    private SSLSocket tls;

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

    /**
     * Step 2: TLS over this connection as the client, only {@code protocol} enabled, presenting a self-signed
     * certificate of {@code certificateKey} (none when empty); from here every frame travels inside TLS. Any server
     * certificate is accepted here: the caller checks its key ({@link #serverKey}).
     *
     * @throws UncheckedIOException when the handshake fails
     */
    public void startTls(Optional<KeyPair> certificateKey, String protocol) {
        try {
            InetSocketAddress remote = (InetSocketAddress) socket.getRemoteSocketAddress();
            SSLSocket secured = (SSLSocket) tlsContext(certificateKey).getSocketFactory().createSocket(socket,
                    remote.getAddress().getHostAddress(), remote.getPort(), true);
            secured.setUseClientMode(true);
            secured.setEnabledProtocols(new String[] {protocol});
            secured.startHandshake();
            tls = secured;
            in = new DataInputStream(secured.getInputStream());
            out = secured.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A TLS context that presents a self-signed certificate of {@code certificateKey} (none when empty) and trusts
     * whatever one certificate the other side presents, for a client here or a test's listener.
     */
    public static SSLContext tlsContext(Optional<KeyPair> certificateKey) {
        try {
            KeyManager[] keys = null;
            if (certificateKey.isPresent()) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                char[] password = "spec".toCharArray();
                store.setKeyEntry("spec", certificateKey.get().getPrivate(), password,
                        new Certificate[] {selfSigned(certificateKey.get())});
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(store, password);
                keys = factory.getKeyManagers();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, new TrustManager[] {new AnyCertificate()}, new SecureRandom());
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The negotiated TLS version. */
    public String tlsProtocol() {
        return tls.getSession().getProtocol();
    }

    /** The SubjectPublicKeyInfo DER of the server's one certificate. */
    public byte[] serverKey() {
        try {
            Certificate[] chain = tls.getSession().getPeerCertificates();
            if (chain.length != 1) {
                throw new AssertionError("the node presented " + chain.length + " certificates");
            }
            return chain[0].getPublicKey().getEncoded();
        } catch (SSLPeerUnverifiedException e) {
            throw new AssertionError(e);
        }
    }

    /** Protocol §1: the address of a key, the first 20 bytes of SHA-256 of its SubjectPublicKeyInfo, as hex. */
    public static String address(byte[] spki) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(spki);
            return HexFormat.of().formatHex(hash, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A self-signed X.509 v3 certificate whose key is {@code key}'s and whose signature is by it. */
    public static X509Certificate selfSigned(KeyPair key) {
        X500Name name = new X500Name("CN=spec client");
        Instant now = Instant.now();
        try {
            return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                    BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minusSeconds(60)),
                    Date.from(now.plusSeconds(86_400)), name, key.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.getPrivate())));
        } catch (OperatorCreationException | CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code HEY [protocolVersion, networkId, genesisHash, nodeKey, listenPort, headHeight, headHash, totalWork, agent]}. */
    public static byte[] hey(long version, long networkId, byte[] genesisHash, byte[] nodeKey, int listenPort,
            long headHeight, byte[] headHash, BigInteger totalWork, String agent) {
        byte[] work = totalWork.toByteArray();
        int skip = 0;
        while (skip < work.length && work[skip] == 0) {
            skip++;
        }
        try (MessageBufferPacker body = MessagePack.newDefaultBufferPacker()) {
            body.packArrayHeader(9).packLong(version).packLong(networkId)
                    .packBinaryHeader(genesisHash.length).writePayload(genesisHash)
                    .packBinaryHeader(nodeKey.length).writePayload(nodeKey)
                    .packLong(listenPort).packLong(headHeight)
                    .packBinaryHeader(headHash.length).writePayload(headHash)
                    .packBinaryHeader(work.length - skip).writePayload(work, skip, work.length - skip)
                    .packString(agent);
            return frame("HEY", body.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One frame: its 3-letter type and its msgpack body. */
    public record Frame(String type, byte[] body) {
    }

    /** The spec's {@code HEY} v2, field by field. */
    public record Hello(long version, long networkId, byte[] genesisHash, byte[] nodeKey, int listenPort,
                        long headHeight, byte[] headHash, BigInteger totalWork, String agent) {
        public static Hello read(byte[] body) {
            try (MessageUnpacker r = MessagePack.newDefaultUnpacker(body)) {
                if (r.unpackArrayHeader() != 9) {
                    throw new AssertionError("HEY v2 is an array of 9");
                }
                Hello hello = new Hello(r.unpackLong(), r.unpackLong(), r.readPayload(r.unpackBinaryHeader()),
                        r.readPayload(r.unpackBinaryHeader()), r.unpackInt(), r.unpackLong(),
                        r.readPayload(r.unpackBinaryHeader()), new BigInteger(1, r.readPayload(r.unpackBinaryHeader())),
                        r.unpackString());
                if (r.hasNext()) {
                    throw new AssertionError("bytes after the HEY body");
                }
                return hello;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The next frame on the connection (inside TLS once {@link #startTls} ran); empty at the end of the stream. */
    public Optional<Frame> readFrame() {
        try {
            int first = in.read();
            if (first < 0) {
                return Optional.empty();
            }
            int length = (first << 24) | (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8)
                    | in.readUnsignedByte();
            if (length < 3 || length > 16 * 1024 * 1024) {
                throw new AssertionError("a frame of " + length + " bytes");
            }
            byte[] rest = new byte[length];
            in.readFully(rest);
            return Optional.of(new Frame(new String(rest, 0, 3, StandardCharsets.US_ASCII),
                    Arrays.copyOfRange(rest, 3, length)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code of an {@code ERR [code, message]} body. */
    public static String errorCode(byte[] body) {
        try (MessageUnpacker r = MessagePack.newDefaultUnpacker(body)) {
            if (r.unpackArrayHeader() != 2) {
                throw new AssertionError("ERR is an array of 2");
            }
            return r.unpackString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trusts whatever one certificate the node presents; the test judges its key. */
    private static final class AnyCertificate extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
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
            InputStream raw = tls != null ? tls.getInputStream() : socket.getInputStream();
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
