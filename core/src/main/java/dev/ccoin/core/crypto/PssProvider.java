package dev.ccoin.core.crypto;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.Provider;
import java.security.Security;
import java.util.Locale;
import java.util.Optional;

/**
 * The JCA provider that signs and verifies RSASSA-PSS. Both produce and accept exactly the signatures of RFC 8017
 * with the spec's parameters; they differ in speed and in what the platform must offer:
 * <ul>
 *   <li>{@link #AWS_LC}: AWS-LC's native RSA through the Amazon Corretto Crypto Provider, whose jar carries the
 *       library for Linux x86-64. It verifies about twice as fast as the JDK (its Montgomery arithmetic is
 *       assembly; {@code BigInteger.modPow} spends a quarter of its time on a long division to enter Montgomery
 *       form), and verification is a node's largest single cost under load (bench/README.md).</li>
 *   <li>{@link #JDK}: the JDK's SunRsaSign, on every platform.</li>
 * </ul>
 * {@link #chosen()} takes AWS-LC when its native library loaded, unless the system property
 * {@value #PROPERTY} is {@code jdk} (it is {@code auto} by default). Thread-safe.
 */
public enum PssProvider {
    AWS_LC,
    JDK;

    /** {@code -Dccoin.crypto.provider=jdk} keeps signatures on the JDK where AWS-LC would load; the default is auto. */
    public static final String PROPERTY = "ccoin.crypto.provider";

    /** The provider this JVM uses, decided once. */
    public static PssProvider chosen() {
        return Choice.CHOSEN;
    }

    /** True iff this JVM can use this provider. */
    public boolean isAvailable() {
        return unavailableReason().isEmpty();
    }

    /** Empty when available; otherwise why not, for the log line that names the provider in use. */
    public Optional<String> unavailableReason() {
        return this == AWS_LC ? Choice.AWS_LC_UNAVAILABLE : Optional.empty();
    }

    /** The JCA provider; {@link IllegalStateException} when {@link #isAvailable()} is false. */
    public Provider provider() {
        unavailableReason().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        return this == AWS_LC ? AmazonCorrettoCryptoProvider.INSTANCE : Security.getProvider("SunRsaSign");
    }

    /** What the logs and benchmarks print, with the library's version. */
    public String displayName() {
        if (this == JDK) {
            return "jdk (SunRsaSign, java " + System.getProperty("java.version") + ")";
        }
        return isAvailable()
                ? "aws-lc (" + AmazonCorrettoCryptoProvider.INSTANCE.getAwsLcVersionStr() + ", Amazon Corretto Crypto "
                        + "Provider " + AmazonCorrettoCryptoProvider.INSTANCE.getVersionStr() + ")"
                : "aws-lc (not loaded)";
    }

    /** Holds the one decision, so that the native library is loaded on first use, not when the enum is touched. */
    private static final class Choice {
        static final Optional<String> AWS_LC_UNAVAILABLE = probeAwsLc();
        static final PssProvider CHOSEN = choose();

        private static Optional<String> probeAwsLc() {
            try {
                Throwable error = AmazonCorrettoCryptoProvider.INSTANCE.getLoadingError();
                return error == null ? Optional.empty()
                        : Optional.of("AWS-LC's native library did not load on " + System.getProperty("os.name") + " "
                                + System.getProperty("os.arch") + ": " + error);
            } catch (LinkageError e) {
                return Optional.of("the Amazon Corretto Crypto Provider is not usable here: " + e);
            }
        }

        private static PssProvider choose() {
            String wanted = System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
            return switch (wanted) {
                case "jdk" -> JDK;
                case "auto", "" -> AWS_LC_UNAVAILABLE.isEmpty() ? AWS_LC : JDK;
                default -> throw new IllegalStateException("-D" + PROPERTY + " is auto or jdk, not '" + wanted + "'");
            };
        }
    }
}
