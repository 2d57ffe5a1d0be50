package dev.ccoin.core.crypto;

import dev.ccoin.core.cache.BoundedCache;
import dev.ccoin.core.types.Bytes;
import java.security.interfaces.RSAPublicKey;

/**
 * Sender keys decoded once: parsing a SubjectPublicKeyInfo costs about a tenth of a PSS verification, and the same
 * senders sign transaction after transaction. Keys that do not parse are not cached; each attempt fails the same
 * way. Thread-safe.
 */
public final class DecodedKeys {
    /** Enough for every sender of a full pool. */
    public static final int DEFAULT_CAPACITY = 16_384;

    private final BoundedCache<Bytes, RSAPublicKey> keys;

    public DecodedKeys() {
        this(DEFAULT_CAPACITY);
    }

    public DecodedKeys(int capacity) {
        this.keys = new BoundedCache<>(capacity);
    }

    /**
     * The key {@code spki} encodes, as {@link RsaKeys#publicKey} decodes and checks it.
     *
     * @throws KeyFormatException as {@link RsaKeys#publicKey} does
     */
    public RSAPublicKey publicKey(Bytes spki) {
        return keys.get(spki, RsaKeys::publicKey);
    }
}
