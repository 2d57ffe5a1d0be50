package dev.ccoin.node.p2p.tls;

import dev.ccoin.core.crypto.RsaKeys;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The self-signed X.509 v3 certificate a node presents in TLS (protocol §8 step 2): its SubjectPublicKeyInfo is the
 * node key, it is signed by that key, and its subject names the node id. Made in memory at start, never written.
 * Validity runs from an hour before it is made to the end of 9999 (RFC 5280's "no well-defined expiration"): peers
 * trust the key, not dates, so a clock that is off cannot end a connection. Stateless.
 */
public final class NodeCertificate {
    /** The certificate's own signature; the TLS 1.3 handshake itself signs with RSASSA-PSS. */
    public static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    private static final Date NO_EXPIRY = Date.from(Instant.parse("9999-12-31T23:59:59Z"));

    private NodeCertificate() {
    }

    /** A fresh certificate for {@code keys}, with a random serial number. */
    public static X509Certificate selfSigned(KeyPair keys, SecureRandom random) {
        X500Name subject = new X500Name("CN=ccoin node " + RsaKeys.address(keys.getPublic()));
        Date notBefore = Date.from(Instant.now().minus(1, ChronoUnit.HOURS));
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(63, random).add(BigInteger.ONE), notBefore, NO_EXPIRY, subject, keys.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(keys.getPrivate())));
        } catch (CertIOException | OperatorCreationException | CertificateException e) {
            throw new IllegalStateException("cannot make the node certificate: " + e.getMessage(), e);
        }
    }
}
