package dev.ccoin.node.storage;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.Arrays;

/**
 * Assembles a key from a column tag and fixed-width parts, numbers big-endian so byte order is numeric order.
 * Made by {@link Column#builder()}; one thread, one key.
 */
public final class KeyBuilder {
    private byte[] bytes = new byte[48];
    private int length;

    KeyBuilder(byte tag) {
        bytes[length++] = tag;
    }

    public KeyBuilder add(Hash32 hash) {
        ensure(Hash32.LENGTH);
        hash.copyInto(bytes, length);
        length += Hash32.LENGTH;
        return this;
    }

    public KeyBuilder add(Address address) {
        ensure(Address.LENGTH);
        address.copyInto(bytes, length);
        length += Address.LENGTH;
        return this;
    }

    public KeyBuilder add(byte[] part) {
        ensure(part.length);
        System.arraycopy(part, 0, bytes, length, part.length);
        length += part.length;
        return this;
    }

    /** Appends be64(value); negative values are refused, since they would sort after every positive one. */
    public KeyBuilder addLong(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("key numbers are unsigned: " + value);
        }
        ensure(Long.BYTES);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (value >>> shift);
        }
        return this;
    }

    /** Appends be32(value); negative values are refused. */
    public KeyBuilder addInt(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("key numbers are unsigned: " + value);
        }
        ensure(Integer.BYTES);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (value >>> shift);
        }
        return this;
    }

    public byte[] build() {
        return Arrays.copyOf(bytes, length);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
