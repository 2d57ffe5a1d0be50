package dev.ccoin.core.pow;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a hashcash trial's one SHA-256 compression is computed. All engines produce the same hashes (each is checked
 * against {@link java.security.MessageDigest} before use); they differ only in speed and in what the JVM must allow.
 * {@link #fastest()} picks the JDK intrinsic when it is reachable, else the fastest portable engine. Thread-safe; the
 * {@link NonceHasher}s it makes are not.
 */
public enum HashEngine {
    /** The JDK's SHA-NI/AVX2 compression stub, called directly on a prepared block; needs the add-opens flag. */
    JDK_INTRINSIC("jdk-intrinsic (sun.security.provider.SHA2.implCompress0)", IntrinsicHasher::new),
    /** Pure Java with the first eight rounds and the constant schedule terms precomputed per prefix. */
    JAVA_MIDSTATE("java-midstate (pure Java, rounds 0-8 precomputed)", MidstateHasher::new),
    /** A reused {@link java.security.MessageDigest} per thread, the reference. */
    MESSAGE_DIGEST("message-digest (java.security.MessageDigest)", DigestHasher::new);


    private final String displayName;
    private final Supplier<NonceHasher> factory;

    HashEngine(String displayName, Supplier<NonceHasher> factory) {
        this.displayName = displayName;
        this.factory = factory;
    }

    /**
     * The engine to use on this JVM: the intrinsic when reachable and correct; else MessageDigest when HotSpot's SHA
     * intrinsics are on, since it still reaches the compression stub internally and, despite its per-trial overhead,
     * is about 3x faster than pure Java (bench/README.md); else pure Java, which wins when every engine is plain Java.
     */
    public static HashEngine fastest() {
        if (JDK_INTRINSIC.isAvailable()) {
            return JDK_INTRINSIC;
        }
        return ShaIntrinsics.enabled() ? MESSAGE_DIGEST : JAVA_MIDSTATE;
    }

    public String displayName() {
        return displayName;
    }

    /** True iff this JVM can run this engine. */
    public boolean isAvailable() {
        return unavailableReason().isEmpty();
    }

    /** Empty when available; otherwise why not, for logs and {@code ccoin bench pow}. */
    public Optional<String> unavailableReason() {
        return this == JDK_INTRINSIC ? IntrinsicCompression.unavailableReason() : Optional.empty();
    }

    /** A hasher for one thread. */
    public NonceHasher newHasher() {
        unavailableReason().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        return factory.get();
    }
}
