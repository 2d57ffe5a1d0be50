package dev.ccoin.core.types;

import java.math.BigInteger;

/**
 * A 32-byte SHA-256 value: block ids, transaction ids, Merkle roots. Ordered as an unsigned big-endian number,
 * which is the fork-choice tie-break of the spec (§4). Immutable.
 */
public final class Hash32 extends FixedBytes implements Comparable<Hash32> {
    public static final int LENGTH = 32;
    /** The number of big-endian 32-bit words, as SHA-256 leaves them in its state. */
    public static final int WORDS = LENGTH / Integer.BYTES;
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

    /**
     * The number of leading zero bits of the 256-bit big-endian number whose 32-bit words are {@code words[0..7]}:
     * the one count of proof of work, for a hash and for the nonce search's trials, which hold their output as
     * SHA-256 state words. Nearly every trial ends on the first word.
     */
    public static int leadingZeroBits(int[] words) {
        int bits = 0;
        for (int i = 0; i < WORDS; i++) {
            if (words[i] != 0) {
                return bits + Integer.numberOfLeadingZeros(words[i]);
            }
            bits += Integer.SIZE;
        }
        return bits;
    }

    /** The number of leading zero bits, reading the bytes as a big-endian number. */
    public int leadingZeroBits() {
        int[] words = new int[WORDS];
        for (int i = 0; i < WORDS; i++) {
            words[i] = word(i);
        }
        return leadingZeroBits(words);
    }

    /** Big-endian 32-bit word {@code index} ({@code 0..7}): bytes {@code 4*index .. 4*index+3}. */
    public int word(int index) {
        return intAt(Integer.BYTES * index);
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
