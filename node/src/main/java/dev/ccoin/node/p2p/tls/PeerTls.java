package dev.ccoin.node.p2p.tls;

import dev.ccoin.core.crypto.CipherProvider;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.node.p2p.handshake.NodeKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * A node's TLS 1.3 (protocol §8 step 2): one {@link SSLContext} made at start from the node key, holding its
 * {@link NodeCertificate} and trusting peers by {@link PeerTrust}. It layers TLS over a TCP connection that is through
 * admission, the dialling side as client, the accepting side as server; every socket it makes speaks TLS 1.3 only and
 * requires the peer's certificate. The handshake itself runs when the caller starts it, on the connection's thread.
 * Records are sealed by the {@link CipherProvider#preferred()} AES-GCM (AWS-LC's where it loads). Immutable and
 * thread-safe.
 */
public final class PeerTls {
    /** The one protocol version enabled. */
    public static final String PROTOCOL = "TLSv1.3";
    private static final String[] PROTOCOLS = {PROTOCOL};

    private final SSLSocketFactory sockets;
    private final X509Certificate certificate;

    private PeerTls(SSLSocketFactory sockets, X509Certificate certificate) {
        this.sockets = sockets;
        this.certificate = certificate;
    }

    /** TLS for the holder of {@code key}, with a certificate made now. */
    public static PeerTls of(NodeKey key) {
        CipherProvider.preferred();
        SecureRandom random = new SecureRandom();
        X509Certificate certificate = NodeCertificate.selfSigned(key.keyPair(), random);
        try {
            SSLContext context = SSLContext.getInstance(PROTOCOL);
            context.init(new KeyManager[] {new NodeKeyManager(certificate, key.keyPair().getPrivate())},
                    new TrustManager[] {new PeerTrust()}, random);
            return new PeerTls(context.getSocketFactory(), certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS 1.3 is not available: " + e.getMessage(), e);
        }
    }

    /** This node's certificate. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** TLS as the client over the dialled {@code plain}; closing the result closes {@code plain}. */
    public SSLSocket client(Socket plain) throws IOException {
        InetSocketAddress remote = (InetSocketAddress) plain.getRemoteSocketAddress();
        SSLSocket tls = (SSLSocket) sockets.createSocket(plain, remote.getAddress().getHostAddress(),
                remote.getPort(), true);
        tls.setUseClientMode(true);
        return restrict(tls);
    }

    /**
     * TLS as the server over the accepted {@code plain}, {@code consumed} the bytes of the client's first flight that
     * were read from {@code plain} already; closing the result closes {@code plain}.
     */
    public SSLSocket server(Socket plain, Bytes consumed) throws IOException {
        SSLSocket tls = (SSLSocket) sockets.createSocket(plain,
                consumed.length() == 0 ? null : new ByteArrayInputStream(consumed.toArray()), true);
        tls.setUseClientMode(false);
        tls.setNeedClientAuth(true);
        return restrict(tls);
    }

    /**
     * Runs the handshake of {@code tls} (made by {@link #client} or {@link #server}) and names the peer its
     * certificate proves. The session is never resumed: every connection presents and checks certificates afresh.
     *
     * @throws IOException when the handshake fails or times out
     */
    public static PeerCertificate handshake(SSLSocket tls) throws IOException {
        tls.startHandshake();
        SSLSession session = tls.getSession();
        session.invalidate();
        return PeerCertificate.of(session);
    }

    private static SSLSocket restrict(SSLSocket tls) {
        tls.setEnabledProtocols(PROTOCOLS);
        return tls;
    }
}
