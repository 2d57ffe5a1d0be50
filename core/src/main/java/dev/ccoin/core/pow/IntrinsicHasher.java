package dev.ccoin.core.pow;

import dev.ccoin.core.types.Hash32;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Trials on the JDK's intrinsic SHA-256 compression (see {@link IntrinsicCompression}). The padded 64-byte block is
 * built once per prefix; a trial rewrites the 8 nonce bytes, resets the engine's state words to the initial hash
 * value, runs one compression and reads the output words in place. Most trials are rejected on the first word alone.
 * One thread only.
 */
final class IntrinsicHasher extends StateWordsHasher {
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final Object digest;
    private final int[] state;
    private final byte[] block = new byte[64];

    IntrinsicHasher() {
        IntrinsicCompression.unavailableReason().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        try {
            digest = IntrinsicCompression.NEW_DIGEST.invokeExact();
            state = (int[]) IntrinsicCompression.STATE.invokeExact(digest);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot create a JDK SHA-256 engine", e);
        }
        if (state == null || state.length != 8) {
            throw new IllegalStateException("unexpected SHA-256 state layout");
        }
        // Padding of a 40-byte message: 0x80, zeros, then the bit length 320 in the last 8 bytes.
        block[40] = (byte) 0x80;
        LONG_BE.set(block, 56, 40L * 8);
    }

    @Override
    public void setPrefix(Hash32 prefix) {
        prefix.copyInto(block, 0);
    }

    @Override
    int[] trial(long nonce) {
        LONG_BE.set(block, 32, nonce);
        System.arraycopy(Sha256Words.IV, 0, state, 0, 8);
        try {
            IntrinsicCompression.COMPRESS.invokeExact(digest, block, 0);
        } catch (Throwable e) {
            throw new IllegalStateException("JDK SHA-256 compression failed", e);
        }
        return state;
    }
}
