package dev.ccoin.node.p2p.tls;

import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * Who a TLS session's peer is: the key of the certificate {@link PeerTrust} accepted (SubjectPublicKeyInfo DER) and
 * its address, the peer's node id. Immutable.
 */
public record PeerCertificate(Bytes nodeKey, Address nodeId) {
    /**
     * The peer of a session whose handshake completed.
     *
     * @throws SSLPeerUnverifiedException when the session has no peer certificate
     */
    public static PeerCertificate of(SSLSession session) throws SSLPeerUnverifiedException {
        Certificate[] chain = session.getPeerCertificates();
        if (chain.length != 1 || !(chain[0] instanceof X509Certificate certificate)) {
            throw new SSLPeerUnverifiedException("the peer did not present one X.509 certificate");
        }
        Bytes key = RsaKeys.encode(certificate.getPublicKey());
        return new PeerCertificate(key, RsaKeys.address(key));
    }
}
