package dev.ccoin.node.p2p.tls;

/**
 * Why {@link PeerTrust} refuses a peer's certificate (protocol §8 step 2: one self-signed certificate whose
 * signature verifies). The TLS handshake then fails; the reason reaches the log in the handshake's error.
 */
public enum CertificateRefusal {
    /** The peer presented no certificate, or a chain of more than one. */
    NOT_ONE_CERTIFICATE,
    /** Not an X.509 v3 certificate. */
    NOT_V3,
    /** The issuer is not the subject. */
    NOT_SELF_SIGNED,
    /** The key is not an RSA key of an allowed size and exponent (protocol §1). */
    KEY_NOT_ALLOWED,
    /** The certificate's signature does not verify with its own key. */
    BAD_SIGNATURE
}
