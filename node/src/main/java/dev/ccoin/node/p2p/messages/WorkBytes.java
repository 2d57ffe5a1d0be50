package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * A chain's total work on the wire: {@code bin}, unsigned big-endian, without leading zero bytes (zero is the empty
 * string). Readers accept leading zeros, since the value is compared, never hashed.
 */
final class WorkBytes {
    /** 2^512 is far beyond any chain: a sum of at most 2^63 blocks of at most 2^257 each. */
    static final int MAX_BYTES = 64;

    private WorkBytes() {
    }

    static void write(CanonicalWriter w, BigInteger work) {
        byte[] signed = work.toByteArray();
        int skip = 0;
        while (skip < signed.length && signed[skip] == 0) {
            skip++;
        }
        w.bin(Arrays.copyOfRange(signed, skip, signed.length));
    }

    static BigInteger read(CanonicalReader r, String what) {
        return new BigInteger(1, r.bin(MAX_BYTES, what));
    }

    static BigInteger requireUnsigned(BigInteger work) {
        if (work.signum() < 0 || work.bitLength() > MAX_BYTES * 8) {
            throw new IllegalArgumentException("total work must be in 0 .. 2^512-1");
        }
        return work;
    }
}
