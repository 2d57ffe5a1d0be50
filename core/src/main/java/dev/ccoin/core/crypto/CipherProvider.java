package dev.ccoin.core.crypto;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.Provider;
import java.security.Security;

/**
 * Whose ciphers the JDK's TLS seals its records with. The JDK's TLS takes AES-GCM from the first JCA provider that
 * offers it, and the JDK's own (SunJCE) hashes records of a few hundred bytes — a peer connection's usual frame —
 * with a GHASH written in Java: under {@code bench/load.sh} a fifth to a quarter of a node's Java samples. Where
 * {@link PssProvider#chosen()} is {@link PssProvider#AWS_LC}, {@link #preferred()} installs the Amazon Corretto
 * Crypto Provider first (its documented use), so records are sealed by AWS-LC's AES-GCM; elsewhere the JDK's stay.
 * Installing is global to the JVM and done once; {@link Sha256} names its provider, so hashing never moves with it.
 * Thread-safe.
 */
public enum CipherProvider {
    /** AWS-LC's, installed as the first JCA provider. */
    AWS_LC,
    /** The JDK's providers in their configured order. */
    JDK;

    /** The provider TLS uses in this JVM, installing AWS-LC first on the first call where it is chosen. */
    public static CipherProvider preferred() {
        return Installed.CHOICE;
    }

    /** What the logs print: the provider and, for AWS-LC, its version. */
    public String displayName() {
        return this == AWS_LC ? PssProvider.AWS_LC.displayName() : "jdk (" + firstCipherProvider() + ")";
    }

    private static String firstCipherProvider() {
        Provider[] providers = Security.getProviders("Cipher.AES/GCM/NoPadding");
        return providers == null || providers.length == 0 ? "no AES-GCM" : providers[0].getName();
    }

    /** The one installation, made when the choice is first asked for. */
    private static final class Installed {
        static final CipherProvider CHOICE = install();

        private static CipherProvider install() {
            if (PssProvider.chosen() != PssProvider.AWS_LC) {
                return JDK;
            }
            if (Security.getProvider(AmazonCorrettoCryptoProvider.PROVIDER_NAME) == null) {
                AmazonCorrettoCryptoProvider.install();
            }
            return AWS_LC;
        }
    }
}
