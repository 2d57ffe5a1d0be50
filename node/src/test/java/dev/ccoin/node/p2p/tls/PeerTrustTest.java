package dev.ccoin.node.p2p.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.testing.TestKeys;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v1CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v1CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/** The trust rule of protocol §8 step 2, one certificate at a time, each refusal with its reason. */
class PeerTrustTest {
    private static final KeyPair NODE = TestKeys.get(0);
    private static final KeyPair OTHER = TestKeys.get(1);

    @Test
    void theNodeCertificateIsAcceptedAndNamesTheNodeKey() throws Exception {
        X509Certificate certificate = NodeCertificate.selfSigned(NODE, new SecureRandom());

        assertThat(PeerTrust.check(new X509Certificate[] {certificate})).isSameAs(certificate);
        assertThat(certificate.getVersion()).isEqualTo(3);
        assertThat(RsaKeys.encode(certificate.getPublicKey())).isEqualTo(RsaKeys.encode(NODE.getPublic()));
        assertThat(certificate.getSubjectX500Principal().getName()).contains(RsaKeys.address(NODE.getPublic())
                .toString());
    }

    @Test
    void noCertificateOrAChainOfTwoIsRefused() {
        X509Certificate one = NodeCertificate.selfSigned(NODE, new SecureRandom());

        assertRefused(new X509Certificate[0], CertificateRefusal.NOT_ONE_CERTIFICATE);
        assertRefused((X509Certificate[]) null, CertificateRefusal.NOT_ONE_CERTIFICATE);
        assertRefused(new X509Certificate[] {one, one}, CertificateRefusal.NOT_ONE_CERTIFICATE);
    }

    @Test
    void aCertificateIssuedBySomeoneElseIsRefused() throws Exception {
        assertRefused(v3("CN=issuer", "CN=subject", NODE.getPublic(), NODE), CertificateRefusal.NOT_SELF_SIGNED);
    }

    @Test
    void aSelfSignedCertificateSignedByAnotherKeyIsRefused() throws Exception {
        assertRefused(v3("CN=node", "CN=node", NODE.getPublic(), OTHER), CertificateRefusal.BAD_SIGNATURE);
    }

    @Test
    void aKeyOutsideTheAllowedRsaSizesIsRefused() throws Exception {
        KeyPair small = rsa(1024);

        assertRefused(v3("CN=node", "CN=node", small.getPublic(), small), CertificateRefusal.KEY_NOT_ALLOWED);
    }

    @Test
    void aVersionOneCertificateIsRefused() throws Exception {
        X500Name name = new X500Name("CN=node");
        X509v1CertificateBuilder builder = new JcaX509v1CertificateBuilder(name, BigInteger.ONE,
                Date.from(Instant.now().minusSeconds(60)), Date.from(Instant.now().plusSeconds(3600)), name,
                NODE.getPublic());
        X509Certificate v1 = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(NODE.getPrivate())));

        assertRefused(v1, CertificateRefusal.NOT_V3);
    }

    private static void assertRefused(X509Certificate certificate, CertificateRefusal reason) {
        assertRefused(new X509Certificate[] {certificate}, reason);
    }

    private static void assertRefused(X509Certificate[] chain, CertificateRefusal reason) {
        assertThatThrownBy(() -> new PeerTrust().checkClientTrusted(chain, "RSA"))
                .isInstanceOfSatisfying(RefusedCertificateException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static X509Certificate v3(String issuer, String subject, PublicKey key, KeyPair signer)
            throws Exception {
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                new X500Name(issuer), BigInteger.TWO, Date.from(Instant.now().minusSeconds(60)),
                Date.from(Instant.now().plusSeconds(3600)), new X500Name(subject), key)
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate())));
    }

    private static KeyPair rsa(int bits) throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }
}
