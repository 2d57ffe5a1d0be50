package dev.ccoin.core.codec;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

/**
 * Writes the canonical encoding. msgpack-core already chooses the smallest integer, {@code bin}, {@code str} and
 * array forms; this class adds the ccoin rules: only non-negative integers, bytes as {@code bin}, no maps or floats.
 * Not thread-safe; reuse through {@link Codec}.
 */
public final class CanonicalWriter {
    private final MessageBufferPacker packer = MessagePack.newDefaultBufferPacker();
    private boolean inUse;

    public CanonicalWriter array(int size) {
        try {
            packer.packArrayHeader(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** An unsigned 64-bit value held in a long; negative values are a programming error. */
    public CanonicalWriter u64(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value cannot be encoded: " + value);
        }
        try {
            packer.packLong(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public CanonicalWriter bin(byte[] bytes) {
        try {
            packer.packBinaryHeader(bytes.length);
            packer.writePayload(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public CanonicalWriter bin(Bytes bytes) {
        return bin(bytes.toArray());
    }

    public CanonicalWriter hash(Hash32 hash) {
        return bin(hash.toArray());
    }

    public CanonicalWriter address(Address address) {
        return bin(address.toArray());
    }

    public CanonicalWriter str(String text) {
        try {
            packer.packString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public CanonicalWriter bool(boolean value) {
        try {
            packer.packBoolean(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Appends bytes that are already a canonical encoding (e.g. a stored block inside a page of blocks). */
    public CanonicalWriter raw(byte[] encoded) {
        try {
            packer.writePayload(encoded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The length of {@link #u64}'s encoding of {@code value}: msgpack's smallest unsigned form. */
    public static int u64Size(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value cannot be encoded: " + value);
        }
        return value < 128 ? 1 : value < 256 ? 2 : value < 65536 ? 3 : value < 4294967296L ? 5 : 9;
    }

    /** The length of {@link #bin}'s encoding of {@code length} bytes: its smallest header, then the bytes. */
    public static int binSize(int length) {
        return (length < 256 ? 2 : length < 65536 ? 3 : 5) + length;
    }

    public CanonicalWriter write(Encodable value) {
        value.write(this);
        return this;
    }

    public byte[] toByteArray() {
        return packer.toByteArray();
    }

    public int size() {
        return (int) packer.getTotalWrittenBytes();
    }

    boolean inUse() {
        return inUse;
    }

    void begin() {
        packer.clear();
        inUse = true;
    }

    void end() {
        packer.clear();
        inUse = false;
    }
}
