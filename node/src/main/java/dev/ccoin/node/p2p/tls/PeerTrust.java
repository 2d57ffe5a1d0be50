package dev.ccoin.node.p2p.tls;

import dev.ccoin.core.crypto.KeyFormatException;
import dev.ccoin.core.crypto.RsaKeys;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The trust rule of protocol §8 step 2, the same for client and server: a peer is trusted iff it presents exactly one
 * X.509 v3 certificate, issued by its own subject, whose key is an allowed RSA node key (protocol §1) and whose
 * signature verifies with that key. There is no authority and no date check: the certificate only carries the key,
 * and the key's address is the peer's node id ({@link PeerCertificate}), which the dialling side compares with the
 * id it expected and the {@code HEY} must name. Stateless and thread-safe.
 */
public final class PeerTrust extends X509ExtendedTrustManager {
    private static final X509Certificate[] NO_ISSUERS = new X509Certificate[0];

    /** Checks {@code chain} against the rule; the refusal carries its {@link CertificateRefusal}. */
    public static X509Certificate check(X509Certificate[] chain) throws RefusedCertificateException {
        if (chain == null || chain.length != 1) {
            throw new RefusedCertificateException(CertificateRefusal.NOT_ONE_CERTIFICATE,
                    "a peer presents exactly one certificate, not " + (chain == null ? 0 : chain.length));
        }
        X509Certificate certificate = chain[0];
        if (certificate.getVersion() != 3) {
            throw new RefusedCertificateException(CertificateRefusal.NOT_V3,
                    "an X.509 v3 certificate is required, not v" + certificate.getVersion());
        }
        if (!certificate.getIssuerX500Principal().equals(certificate.getSubjectX500Principal())) {
            throw new RefusedCertificateException(CertificateRefusal.NOT_SELF_SIGNED,
                    "issued by " + certificate.getIssuerX500Principal() + " to " + certificate.getSubjectX500Principal());
        }
        try {
            RsaKeys.check(certificate.getPublicKey());
        } catch (KeyFormatException e) {
            throw new RefusedCertificateException(CertificateRefusal.KEY_NOT_ALLOWED, e.getMessage());
        }
        try {
            certificate.verify(certificate.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new RefusedCertificateException(CertificateRefusal.BAD_SIGNATURE,
                    "the signature does not verify with the certificate's key: " + e.getMessage());
        }
        return certificate;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    /** None: a node trusts keys, not issuers, so its certificate request names no authority. */
    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return NO_ISSUERS;
    }
}
