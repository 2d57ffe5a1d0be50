package dev.ccoin.core.pow;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * Access to the JDK's own SHA-256 compression, {@code sun.security.provider.SHA2.implCompress0(byte[], int)}, which
 * HotSpot replaces by a SHA-NI / AVX2 stub in compiled code. It lives in a package that {@code java.base} does not
 * export, so it is reachable only when the JVM runs with
 * {@code --add-opens java.base/sun.security.provider=ALL-UNNAMED} (the launcher, the jar manifest and the test runner
 * pass it). When it is not reachable, or a JDK changed its shape, {@link #unavailableReason()} says why and callers
 * fall back to a portable engine. The handles are constants, so the JIT inlines them and applies the intrinsic.
 */
final class IntrinsicCompression {
    private static final String DIGEST_CLASS = "sun.security.provider.SHA2";
    private static final String SHA256_CLASS = "sun.security.provider.SHA2$SHA256";

    /** {@code (Object digest, byte[] block, int offset) void}: one compression of block[offset..offset+64). */
    static final MethodHandle COMPRESS;
    /** {@code () Object}: a fresh SHA-256 digest engine. */
    static final MethodHandle NEW_DIGEST;
    /** {@code (Object digest) int[]}: the engine's eight state words, the same array for its whole life. */
    static final MethodHandle STATE;
    private static final String UNAVAILABLE;

    static {
        MethodHandle compress = null;
        MethodHandle newDigest = null;
        MethodHandle state = null;
        String unavailable = null;
        try {
            Class<?> sha2 = Class.forName(DIGEST_CLASS);
            Class<?> sha256 = Class.forName(SHA256_CLASS);
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(sha2, MethodHandles.lookup());
            compress = lookup.findVirtual(sha2, "implCompress0",
                            MethodType.methodType(void.class, byte[].class, int.class))
                    .asType(MethodType.methodType(void.class, Object.class, byte[].class, int.class));
            newDigest = MethodHandles.privateLookupIn(sha256, MethodHandles.lookup())
                    .findConstructor(sha256, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(Object.class));
            state = lookup.findGetter(sha2, "state", int[].class)
                    .asType(MethodType.methodType(int[].class, Object.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            unavailable = "the JDK SHA-256 compression is not reachable (run with "
                    + "--add-opens java.base/sun.security.provider=ALL-UNNAMED): " + e;
            compress = null;
            newDigest = null;
            state = null;
        }
        COMPRESS = compress;
        NEW_DIGEST = newDigest;
        STATE = state;
        UNAVAILABLE = unavailable == null ? SelfTest.failure(IntrinsicHasher::new) : unavailable;
    }

    private IntrinsicCompression() {
    }

    /** Empty when the compression can be used; otherwise why not. */
    static Optional<String> unavailableReason() {
        return Optional.ofNullable(UNAVAILABLE);
    }
}
