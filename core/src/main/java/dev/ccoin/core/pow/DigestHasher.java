package dev.ccoin.core.pow;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.types.Hash32;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.DigestException;
import java.security.MessageDigest;

/**
 * Trials through a reused {@link MessageDigest}: portable and obviously right, but every trial pays for buffering,
 * padding, output encoding and a reset around its one compression, and its bytes are read back as state words.
 * One thread only.
 */
final class DigestHasher extends StateWordsHasher {
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private final MessageDigest digest = Sha256.newDigest();
    private final byte[] message = new byte[40];
    private final byte[] out = new byte[32];
    private final int[] words = new int[Hash32.WORDS];

    @Override
    public void setPrefix(Hash32 prefix) {
        prefix.copyInto(message, 0);
    }

    @Override
    int[] trial(long nonce) {
        LONG_BE.set(message, 32, nonce);
        digest.update(message, 0, message.length);
        try {
            digest.digest(out, 0, out.length);
        } catch (DigestException e) {
            throw new IllegalStateException("a 32-byte buffer holds a SHA-256 digest", e);
        }
        for (int i = 0; i < Hash32.WORDS; i++) {
            words[i] = (int) INT_BE.get(out, Integer.BYTES * i);
        }
        return words;
    }
}
