package dev.ccoin.core.crypto;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Set;

/**
 * RSA keys as ccoin allows them: 2048 (default), 3072 or 4096 bits, exponent 65537, public keys carried as
 * X.509 SubjectPublicKeyInfo DER. The address of a key is the first 20 bytes of SHA-256 of that DER.
 */
public final class RsaKeys {
    public static final int DEFAULT_BITS = 2048;
    public static final Set<Integer> ALLOWED_BITS = Set.of(2048, 3072, 4096);
    /** The longest SubjectPublicKeyInfo DER of an allowed key, with room to spare; a bound for decoders. */
    public static final int MAX_PUBLIC_KEY_BYTES = 600;
    /** The longest signature of an allowed key. */
    public static final int MAX_SIGNATURE_BYTES = 512;

    private static final BigInteger EXPONENT = RSAKeyGenParameterSpec.F4;

    private RsaKeys() {
    }

    public static KeyPair generate(int bits, SecureRandom random) {
        if (!ALLOWED_BITS.contains(bits)) {
            throw new KeyFormatException(KeyError.KEY_SIZE, "RSA keys are 2048, 3072 or 4096 bits, not " + bits);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(new RSAKeyGenParameterSpec(bits, EXPONENT), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK generates RSA keys", e);
        }
    }

    /** Parses SubjectPublicKeyInfo DER and checks algorithm, size and exponent. */
    public static RSAPublicKey publicKey(Bytes spki) {
        PublicKey key;
        try {
            key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki.toArray()));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new KeyFormatException(KeyError.MALFORMED, "not an RSA SubjectPublicKeyInfo: " + e.getMessage());
        }
        return check(key);
    }

    /** Checks that a key is an RSA key of an allowed size with exponent 65537. */
    public static RSAPublicKey check(PublicKey key) {
        if (!(key instanceof RSAPublicKey rsa)) {
            throw new KeyFormatException(KeyError.NOT_RSA, "not an RSA key: " + key.getAlgorithm());
        }
        int bits = rsa.getModulus().bitLength();
        if (!ALLOWED_BITS.contains(bits)) {
            throw new KeyFormatException(KeyError.KEY_SIZE, "RSA keys are 2048, 3072 or 4096 bits, not " + bits);
        }
        if (!EXPONENT.equals(rsa.getPublicExponent())) {
            throw new KeyFormatException(KeyError.EXPONENT, "the RSA public exponent must be 65537");
        }
        return rsa;
    }

    public static Bytes encode(PublicKey key) {
        return Bytes.of(key.getEncoded());
    }

    public static Address address(Bytes spki) {
        byte[] hash = Sha256.hash(spki.toArray()).toArray();
        byte[] address = new byte[Address.LENGTH];
        System.arraycopy(hash, 0, address, 0, Address.LENGTH);
        return Address.of(address);
    }

    public static Address address(PublicKey key) {
        return address(encode(key));
    }
}
