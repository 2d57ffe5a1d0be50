package dev.ccoin.core.keys;

import dev.ccoin.core.crypto.KeyFormatException;
import dev.ccoin.core.crypto.RsaKeys;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.util.PBKDF2Config;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * An RSA private key as PKCS#8 PEM text, the format of {@code <address>.key} (§2). Writes
 * {@code ENCRYPTED PRIVATE KEY} (PBES2: PBKDF2-HMAC-SHA256 and AES-256-CBC, what {@code openssl pkcs8 -topk8 -v2
 * aes-256-cbc} makes) or, for {@link KeyProtection#none()}, plain {@code PRIVATE KEY}. Reads both, and the
 * traditional {@code RSA PRIVATE KEY} form, so a key made by openssl can be imported. Decoding returns the key pair:
 * the public half comes from the private key's modulus and exponent. Stateless and thread-safe; Bouncy Castle is
 * used as a private provider instance, never registered with {@link java.security.Security}. Text only: reading
 * and writing the files is the keystore's and the node's.
 */
public final class PrivateKeyPem {
    /**
     * PBKDF2 rounds for new files: OWASP's 2023 figure for HMAC-SHA256, about half a second per unlock here. The
     * count is stored in the file, so it can change without breaking older keys.
     */
    static final int PBKDF2_ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private PrivateKeyPem() {
    }

    /** PEM text of {@code key}, encrypted as {@code protection} says; {@code random} makes the salt and IV. */
    public static String encode(PrivateKey key, KeyProtection protection, SecureRandom random) {
        try {
            OutputEncryptor encryptor = protection.isEncrypted() ? encryptor(protection, random) : null;
            PKCS8Generator generator = new PKCS8Generator(PrivateKeyInfo.getInstance(key.getEncoded()), encryptor);
            StringWriter text = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
                writer.writeObject(generator);
            }
            return text.toString();
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("Bouncy Castle cannot write PBES2 with AES-256-CBC", e);
        }
    }

    /**
     * The key pair in PEM {@code text}. {@code password} may be null or empty for a plain key; {@code source} names
     * the file in error messages.
     */
    public static KeyPair decode(String text, char[] password, String source) {
        Object parsed = parse(text, source);
        PrivateKeyInfo info;
        if (parsed instanceof PrivateKeyInfo plain) {
            info = plain;
        } else if (parsed instanceof PEMKeyPair traditional) {
            info = traditional.getPrivateKeyInfo();
        } else if (parsed instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
            info = decrypt(encrypted, password, source);
        } else {
            throw new KeyPemException(KeyPemError.MALFORMED_KEY_FILE,
                    source + " does not hold a PKCS#8 private key");
        }
        return keyPair(info, source);
    }

    /** True iff the PEM text is an {@code ENCRYPTED PRIVATE KEY}. */
    public static boolean isEncrypted(String text, String source) {
        return parse(text, source) instanceof PKCS8EncryptedPrivateKeyInfo;
    }

    private static OutputEncryptor encryptor(KeyProtection protection, SecureRandom random)
            throws OperatorCreationException {
        PBKDF2Config kdf = new PBKDF2Config.Builder()
                .withPRF(PBKDF2Config.PRF_SHA256)
                .withIterationCount(PBKDF2_ITERATIONS)
                .withSaltLength(SALT_BYTES)
                .build();
        char[] password = protection.password();
        try {
            return new JcePKCSPBEOutputEncryptorBuilder(kdf, NISTObjectIdentifiers.id_aes256_CBC)
                    .setProvider(BOUNCY_CASTLE)
                    .setRandom(random)
                    .build(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static Object parse(String text, String source) {
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            Object parsed = parser.readObject();
            if (parsed == null) {
                throw new KeyPemException(KeyPemError.MALFORMED_KEY_FILE, source + " holds no PEM object");
            }
            return parsed;
        } catch (IOException | RuntimeException e) {
            if (e instanceof KeyPemException pemException) {
                throw pemException;
            }
            throw new KeyPemException(KeyPemError.MALFORMED_KEY_FILE,
                    source + " is not a readable PEM key: " + e.getMessage(), e);
        }
    }

    private static PrivateKeyInfo decrypt(PKCS8EncryptedPrivateKeyInfo encrypted, char[] password, String source) {
        if (password == null || password.length == 0) {
            throw new KeyPemException(KeyPemError.PASSWORD_REQUIRED,
                    source + " is encrypted and no password was given");
        }
        try {
            return encrypted.decryptPrivateKeyInfo(
                    new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BOUNCY_CASTLE).build(password));
        } catch (PKCSException | OperatorCreationException | RuntimeException e) {
            if (hasCause(e, NoSuchAlgorithmException.class)) {
                throw new KeyPemException(KeyPemError.UNSUPPORTED_KEY,
                        source + " is encrypted with a scheme this build cannot read", e);
            }
            // A bad padding block, or (one time in 256) a good one hiding garbage: either way the password is wrong.
            throw new KeyPemException(KeyPemError.WRONG_PASSWORD, "wrong password for " + source, e);
        }
    }

    private static KeyPair keyPair(PrivateKeyInfo info, String source) {
        if (!PKCSObjectIdentifiers.rsaEncryption.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
            throw new KeyPemException(KeyPemError.UNSUPPORTED_KEY, source + " is not an RSA key");
        }
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
            if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
                throw new KeyPemException(KeyPemError.UNSUPPORTED_KEY,
                        source + " lacks the public exponent (not a CRT RSA key)");
            }
            PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            RsaKeys.check(publicKey);
            return new KeyPair(publicKey, privateKey);
        } catch (KeyFormatException e) {
            throw new KeyPemException(KeyPemError.UNSUPPORTED_KEY, source + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            if (e instanceof KeyPemException pemException) {
                throw pemException;
            }
            throw new KeyPemException(KeyPemError.MALFORMED_KEY_FILE,
                    source + " holds a damaged RSA key: " + e.getMessage(), e);
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
