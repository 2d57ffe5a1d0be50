package dev.ccoin.core.types;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Shared behaviour of the fixed-length byte values: content equality, unsigned ordering and hex text.
 * Subclasses fix the length and add their own factories.
 */
abstract class FixedBytes {
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private final byte[] value;
    private final int hash;

    FixedBytes(byte[] value, int length, String what) {
        if (value.length != length) {
            throw new InvalidValueException(ValueError.WRONG_LENGTH,
                    what + " must be " + length + " bytes, got " + value.length);
        }
        this.value = value.clone();
        this.hash = intAt(length - Integer.BYTES);
    }

    static byte[] parseHex(String text, int length, String what) {
        byte[] bytes = Hex.decode(text == null ? null : text.trim());
        if (bytes.length != length) {
            throw new InvalidValueException(ValueError.WRONG_LENGTH,
                    what + " must be " + (2 * length) + " hex digits, got " + (2 * bytes.length));
        }
        return bytes;
    }

    /** A copy of the bytes. */
    public final byte[] toArray() {
        return value.clone();
    }

    public final int length() {
        return value.length;
    }

    public final byte get(int index) {
        return value[index];
    }

    /** Copies the bytes into {@code target} at {@code offset}, without an intermediate copy. */
    public final void copyInto(byte[] target, int offset) {
        System.arraycopy(value, 0, target, offset, value.length);
    }

    /** Feeds the bytes to a digest, without an intermediate copy. */
    public final void updateDigest(MessageDigest digest) {
        digest.update(value);
    }

    public final String toHex() {
        return Hex.encode(value);
    }

    /** The big-endian 32-bit word at {@code offset}. */
    final int intAt(int offset) {
        return (int) INT_BE.get(value, offset);
    }

    final int compareBytes(FixedBytes other) {
        return Arrays.compareUnsigned(value, other.value);
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Arrays.equals(value, ((FixedBytes) o).value);
    }

    /**
     * The last four bytes. Both kinds are digests or cut from one (an address is the head of a key's hash), so those
     * are as evenly spread as a code computed over every byte, at no cost per value. Not the first four: a block hash
     * begins with its difficulty's zero bits, so at difficulty 32 every block hash would share one code (bitcoinj's
     * {@code Sha256Hash} reads the last four bytes for the same reason). Both kinds are {@link Comparable}, so even
     * crafted collisions turn a hash map's bucket into a tree, not a list.
     */
    @Override
    public final int hashCode() {
        return hash;
    }

    @Override
    public final String toString() {
        return toHex();
    }
}
