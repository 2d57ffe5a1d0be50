package dev.ccoin.core.types;

import java.math.BigInteger;

/**
 * A 32-byte SHA-256 value: block ids, transaction ids, Merkle roots. Ordered as an unsigned big-endian number,
 * which is the fork-choice tie-break of the spec (§4). Immutable.
 */
public final class Hash32 extends FixedBytes implements Comparable<Hash32> {
    public static final int LENGTH = 32;
    /** 32 zero bytes: the empty tree root and the genesis parent. */
    public static final Hash32 ZERO = new Hash32(new byte[LENGTH]);

    private Hash32(byte[] value) {
        super(value, LENGTH, "hash");
    }

    public static Hash32 of(byte[] bytes) {
        return new Hash32(bytes);
    }

    /** Parses 64 hex digits, with or without {@code 0x}. */
    public static Hash32 parse(String hex) {
        return new Hash32(parseHex(hex, LENGTH, "hash"));
    }

    /** The number of leading zero bits, reading the bytes as a big-endian number. */
    public int leadingZeroBits() {
        int bits = 0;
        for (int i = 0; i < LENGTH; i++) {
            int b = get(i) & 0xff;
            if (b != 0) {
                return bits + Integer.numberOfLeadingZeros(b) - 24;
            }
            bits += 8;
        }
        return bits;
    }

    /** True iff this hash has at least {@code difficulty} leading zero bits. */
    public boolean meets(int difficulty) {
        return leadingZeroBits() >= difficulty;
    }

    public BigInteger toBigInteger() {
        return new BigInteger(1, toArray());
    }

    /** The first {@code n} hex digits, for logs. */
    public String shortHex(int n) {
        return toHex().substring(0, n);
    }

    @Override
    public int compareTo(Hash32 other) {
        return compareBytes(other);
    }
}
