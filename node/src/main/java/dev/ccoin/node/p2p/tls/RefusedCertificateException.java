package dev.ccoin.node.p2p.tls;

import java.security.cert.CertificateException;

/** A peer certificate {@link PeerTrust} refuses, with its {@link CertificateRefusal}. */
public final class RefusedCertificateException extends CertificateException {
    private static final long serialVersionUID = 1L;

    private final CertificateRefusal reason;

    public RefusedCertificateException(CertificateRefusal reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public CertificateRefusal reason() {
        return reason;
    }
}
