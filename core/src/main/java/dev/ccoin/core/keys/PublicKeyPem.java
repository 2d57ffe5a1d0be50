package dev.ccoin.core.keys;

import dev.ccoin.core.crypto.KeyError;
import dev.ccoin.core.crypto.KeyFormatException;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Bytes;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.security.PublicKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * An RSA public key as SubjectPublicKeyInfo PEM ({@code -----BEGIN PUBLIC KEY-----}), the format of
 * {@code <address>.pub} (§2) that {@code openssl pkey -pubin} reads. Reading checks the key is one ccoin allows.
 * Stateless and thread-safe.
 */
public final class PublicKeyPem {
    private PublicKeyPem() {
    }

    public static String encode(PublicKey key) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(key);
        } catch (IOException e) {
            throw new IllegalStateException("writing PEM to memory cannot fail", e);
        }
        return text.toString();
    }

    /** The RSA public key in PEM {@code text}; {@code source} names the file in error messages. */
    public static PublicKey decode(String text, String source) {
        Object parsed;
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            parsed = parser.readObject();
        } catch (IOException | RuntimeException e) {
            throw new KeyPemException(KeyPemError.MALFORMED_KEY_FILE,
                    source + " is not a readable PEM key: " + e.getMessage(), e);
        }
        if (!(parsed instanceof SubjectPublicKeyInfo info)) {
            throw new KeyPemException(KeyPemError.MALFORMED_KEY_FILE, source + " does not hold a PUBLIC KEY");
        }
        try {
            return RsaKeys.publicKey(Bytes.of(info.getEncoded()));
        } catch (KeyFormatException e) {
            KeyPemError reason = e.reason() == KeyError.MALFORMED
                    ? KeyPemError.MALFORMED_KEY_FILE
                    : KeyPemError.UNSUPPORTED_KEY;
            throw new KeyPemException(reason, source + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new KeyPemException(KeyPemError.MALFORMED_KEY_FILE, source + ": " + e.getMessage(), e);
        }
    }
}
