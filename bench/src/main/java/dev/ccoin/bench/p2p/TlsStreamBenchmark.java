package dev.ccoin.bench.p2p;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.node.p2p.handshake.NodeKey;
import dev.ccoin.node.p2p.tls.PeerTls;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.SecureRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A peer connection's byte stream on loopback, plaintext against TLS 1.3 as {@link PeerTls} sets it up, per cipher
 * suite: one op is a burst of {@code frames} frames of {@code frameBytes} written as the connection's writer thread
 * writes them (through a 64 KiB buffer, flushed at the end of the burst) and read back whole by a reader thread on
 * the other end, as a connection's reader does. The score is bursts per second; bytes per second follow from the
 * parameters. What TLS costs the P2P layer per byte and per record, against the same sockets without it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-opens=java.base/sun.security.provider=ALL-UNNAMED")
public class TlsStreamBenchmark {
    /** {@code plaintext}, or a TLS 1.3 suite the JDK offers. */
    @Param({"plaintext", "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"})
    public String transport;

    /** A transaction body's frame (~600 B), and a block's. */
    @Param({"600", "16384"})
    public int frameBytes;

    @Param({"64"})
    public int frames;

    /** Whose AES-GCM the JDK's TLS runs on: the JDK's own ({@code jdk}) or AWS-LC's, installed first ({@code accp}). */
    @Param({"jdk", "accp"})
    public String ciphers;

    private ServerSocket listener;
    private Socket writerSide;
    private Socket readerSide;
    private OutputStream out;
    private Thread reader;
    private final BlockingQueue<Integer> bursts = new ArrayBlockingQueue<>(1);
    private byte[] frame;

    @Setup(Level.Trial)
    public void connect() throws Exception {
        if (ciphers.equals("accp")) {
            AmazonCorrettoCryptoProvider.install();
            AmazonCorrettoCryptoProvider.INSTANCE.assertHealthy();
        }
        frame = new byte[frameBytes];
        new SecureRandom().nextBytes(frame);
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket dialled = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
        Socket accepted = listener.accept();
        dialled.setTcpNoDelay(true);
        accepted.setTcpNoDelay(true);
        if (transport.equals("plaintext")) {
            writerSide = dialled;
            readerSide = accepted;
        } else {
            PeerTls client = PeerTls.of(NodeKey.of(RsaKeys.generate(RsaKeys.DEFAULT_BITS, new SecureRandom())));
            PeerTls server = PeerTls.of(NodeKey.of(RsaKeys.generate(RsaKeys.DEFAULT_BITS, new SecureRandom())));
            SSLSocket tlsClient = client.client(dialled);
            SSLSocket tlsServer = server.server(accepted, Bytes.EMPTY);
            tlsClient.setEnabledCipherSuites(new String[] {transport});
            tlsServer.setEnabledCipherSuites(new String[] {transport});
            Thread handshake = new Thread(() -> {
                try {
                    PeerTls.handshake(tlsServer);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            handshake.start();
            PeerTls.handshake(tlsClient);
            handshake.join();
            if (!tlsClient.getSession().getCipherSuite().equals(transport)) {
                throw new IllegalStateException("negotiated " + tlsClient.getSession().getCipherSuite());
            }
            writerSide = tlsClient;
            readerSide = tlsServer;
        }
        out = new BufferedOutputStream(writerSide.getOutputStream(), 64 * 1024);
        InputStream in = new BufferedInputStream(readerSide.getInputStream());
        reader = new Thread(() -> drain(in), "tls-bench-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void drain(InputStream in) {
        byte[] body = new byte[frameBytes];
        try {
            while (true) {
                for (int i = 0; i < frames; i++) {
                    int read = 0;
                    while (read < frameBytes) {
                        int n = in.read(body, read, frameBytes - read);
                        if (n < 0) {
                            return;
                        }
                        read += n;
                    }
                }
                bursts.put(frames);
            }
        } catch (IOException | InterruptedException e) {
            // The trial ended and closed the sockets.
        }
    }

    @Benchmark
    public int burst() throws IOException, InterruptedException {
        for (int i = 0; i < frames; i++) {
            out.write(frame);
        }
        out.flush();
        return bursts.take();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        writerSide.close();
        readerSide.close();
        listener.close();
    }
}
