package dev.ccoin.core.crypto;

import dev.ccoin.core.types.Hash32;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Security;

/**
 * SHA-256, {@code H(x)} in the spec, on the JDK's own provider ({@code SUN}, whose digest the JIT compiles to the CPU's
 * SHA instructions) whatever providers come first, where the JDK has it. One reusable digest per thread.
 */
public final class Sha256 {
    private static final String ALGORITHM = "SHA-256";
    private static final String JDK_PROVIDER = "SUN";
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(Sha256::newDigest);

    private Sha256() {
    }

    public static MessageDigest newDigest() {
        try {
            Provider jdk = Security.getProvider(JDK_PROVIDER);
            return jdk != null ? MessageDigest.getInstance(ALGORITHM, jdk) : MessageDigest.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The calling thread's digest, reset; for hashing several parts without concatenating them. */
    public static MessageDigest digest() {
        MessageDigest digest = DIGESTS.get();
        digest.reset();
        return digest;
    }

    public static Hash32 hash(byte[] data) {
        return Hash32.of(digest().digest(data));
    }

    /** H(prefix || a || b): the internal node of both Merkle trees. */
    public static Hash32 hash(byte prefix, Hash32 a, Hash32 b) {
        MessageDigest digest = digest();
        digest.update(prefix);
        a.updateDigest(digest);
        b.updateDigest(digest);
        return Hash32.of(digest.digest());
    }

    /** H(hash || be64(nonce)): the hashcash trial of blocks and transaction stamps. */
    public static Hash32 hashWithNonce(Hash32 hash, long nonce) {
        MessageDigest digest = digest();
        hash.updateDigest(digest);
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (nonce >>> shift));
        }
        return Hash32.of(digest.digest());
    }
}
