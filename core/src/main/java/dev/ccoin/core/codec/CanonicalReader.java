package dev.ccoin.core.codec;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessageInsufficientBufferException;
import org.msgpack.core.MessageIntegerOverflowException;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessagePackException;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/**
 * Reads the canonical encoding strictly: every value must have the expected type, arity and smallest form, and
 * lengths are checked against the caller's bound before anything is allocated, so a hostile length prefix costs
 * nothing. Any failure is a {@link DecodeException}. Not thread-safe.
 */
public final class CanonicalReader implements AutoCloseable {
    private final MessageUnpacker unpacker;
    /** The bytes being read, or null for a stream, which keeps none. */
    private final byte[] source;

    private CanonicalReader(MessageUnpacker unpacker, byte[] source) {
        this.unpacker = unpacker;
        this.source = source;
    }

    public static CanonicalReader of(byte[] bytes) {
        return new CanonicalReader(MessagePack.newDefaultUnpacker(bytes), bytes);
    }

    /** A reader over a stream of concatenated values, such as an export file. */
    public static CanonicalReader of(InputStream in) {
        return new CanonicalReader(MessagePack.newDefaultUnpacker(in), null);
    }

    /** Decodes exactly one value from {@code bytes}, refusing trailing bytes. */
    public static <T> T decode(byte[] bytes, Decoder<T> decoder) {
        try (CanonicalReader reader = of(bytes)) {
            T value = decoder.read(reader);
            reader.expectEnd();
            return value;
        }
    }

    /** Reads one value of type T. */
    @FunctionalInterface
    public interface Decoder<T> {
        T read(CanonicalReader reader);
    }

    /** Reads an array header and requires exactly {@code size} elements. */
    public void array(int size, String what) {
        int actual = arrayHeader(Integer.MAX_VALUE, what);
        if (actual != size) {
            throw new DecodeException(DecodeError.WRONG_ARITY, what + " needs " + size + " fields, got " + actual);
        }
    }

    /** Reads an array header of at most {@code max} elements and returns its size. */
    public int arrayHeader(int max, String what) {
        MessageFormat format = next(what, ValueType.ARRAY);
        int size = call(unpacker::unpackArrayHeader, what);
        requireSmallest(format, size < 16 ? MessageFormat.FIXARRAY : size < 65536 ? MessageFormat.ARRAY16
                : MessageFormat.ARRAY32, what);
        if (size > max) {
            throw new DecodeException(DecodeError.TOO_LONG, what + " has " + size + " elements, at most " + max);
        }
        return size;
    }

    /** An unsigned integer in 0 .. 2^63-1. */
    public long u64(String what) {
        MessageFormat format = next(what, ValueType.INTEGER);
        if (format != MessageFormat.POSFIXINT && format != MessageFormat.UINT8 && format != MessageFormat.UINT16
                && format != MessageFormat.UINT32 && format != MessageFormat.UINT64) {
            throw new DecodeException(DecodeError.WRONG_TYPE, what + " must be an unsigned integer, got " + format);
        }
        long value;
        try {
            value = unpacker.unpackLong();
        } catch (MessageIntegerOverflowException e) {
            throw new DecodeException(DecodeError.OUT_OF_RANGE, what + " is above 2^63-1");
        } catch (IOException | MessagePackException e) {
            throw failure(e, what);
        }
        requireSmallest(format, smallestUnsigned(value), what);
        return value;
    }

    /** An unsigned integer that must fit an int in {@code 0..max}. */
    public int u32(long max, String what) {
        long value = u64(what);
        if (value > max) {
            throw new DecodeException(DecodeError.OUT_OF_RANGE, what + " is " + value + ", at most " + max);
        }
        return (int) value;
    }

    /** A byte string of at most {@code maxLength} bytes. */
    public byte[] bin(int maxLength, String what) {
        MessageFormat format = next(what, ValueType.BINARY);
        int length = call(unpacker::unpackBinaryHeader, what);
        requireSmallest(format, length < 256 ? MessageFormat.BIN8 : length < 65536 ? MessageFormat.BIN16
                : MessageFormat.BIN32, what);
        if (length < 0 || length > maxLength) {
            throw new DecodeException(DecodeError.TOO_LONG, what + " is " + length + " bytes, at most " + maxLength);
        }
        try {
            return unpacker.readPayload(length);
        } catch (IOException | MessagePackException e) {
            throw failure(e, what);
        }
    }

    public Bytes bytes(int maxLength, String what) {
        return Bytes.of(bin(maxLength, what));
    }

    /** A byte string of exactly {@code length} bytes. */
    public byte[] fixedBin(int length, String what) {
        byte[] bytes = bin(length, what);
        if (bytes.length != length) {
            throw new DecodeException(DecodeError.INVALID_VALUE, what + " must be " + length + " bytes, got " + bytes.length);
        }
        return bytes;
    }

    public Hash32 hash(String what) {
        return Hash32.of(fixedBin(Hash32.LENGTH, what));
    }

    public Address address(String what) {
        return Address.of(fixedBin(Address.LENGTH, what));
    }

    /** UTF-8 text of at most {@code maxBytes} encoded bytes. */
    public String str(int maxBytes, String what) {
        MessageFormat format = next(what, ValueType.STRING);
        int length = call(unpacker::unpackRawStringHeader, what);
        requireSmallest(format, length < 32 ? MessageFormat.FIXSTR : length < 256 ? MessageFormat.STR8
                : length < 65536 ? MessageFormat.STR16 : MessageFormat.STR32, what);
        if (length < 0 || length > maxBytes) {
            throw new DecodeException(DecodeError.TOO_LONG, what + " is " + length + " bytes, at most " + maxBytes);
        }
        byte[] utf8;
        try {
            utf8 = unpacker.readPayload(length);
        } catch (IOException | MessagePackException e) {
            throw failure(e, what);
        }
        return utf8(utf8, what);
    }

    /** UTF-8 text carried as {@code bin} (the genesis data in the chain parameters). */
    public String binText(int maxBytes, String what) {
        return utf8(bin(maxBytes, what), what);
    }

    private static String utf8(byte[] utf8, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            throw new DecodeException(DecodeError.INVALID_VALUE, what + " is not valid UTF-8");
        }
    }

    public boolean bool(String what) {
        next(what, ValueType.BOOLEAN);
        return call(unpacker::unpackBoolean, what);
    }

    /** True if another value follows (for streams of concatenated values). */
    public boolean hasNext() {
        try {
            return unpacker.hasNext();
        } catch (IOException e) {
            throw new DecodeException(DecodeError.TRUNCATED, "cannot read input: " + e.getMessage());
        }
    }

    /** Bytes consumed so far. */
    public long position() {
        return unpacker.getTotalReadBytes();
    }

    /**
     * The bytes read from {@code start}, an earlier {@link #position()}, up to the current position. The reader
     * accepts canonical encodings only, so they are exactly the canonical encoding of what was read in between.
     * Empty for a reader over a stream, which keeps no bytes.
     */
    public Optional<byte[]> bytesSince(long start) {
        long end = position();
        if (source == null) {
            return Optional.empty();
        }
        if (start < 0 || start > end) {
            throw new IllegalArgumentException("position " + start + " is not before " + end);
        }
        return Optional.of(Arrays.copyOfRange(source, Math.toIntExact(start), Math.toIntExact(end)));
    }

    /** Fails with {@link DecodeError#TRAILING_BYTES} unless the input is exhausted. */
    public void expectEnd() {
        if (hasNext()) {
            throw new DecodeException(DecodeError.TRAILING_BYTES, "bytes left after the value");
        }
    }

    @Override
    public void close() {
        try {
            unpacker.close();
        } catch (IOException e) {
            // Closing an in-memory or already-drained input has nothing to report.
        }
    }

    private MessageFormat next(String what, ValueType expected) {
        MessageFormat format;
        try {
            if (!unpacker.hasNext()) {
                throw new DecodeException(DecodeError.TRUNCATED, "input ends before " + what);
            }
            format = unpacker.getNextFormat();
        } catch (IOException | MessagePackException e) {
            throw failure(e, what);
        }
        if (format == MessageFormat.NEVER_USED) {
            // 0xc1 is reserved by MessagePack: no type at all, so no encoding of anything.
            throw new DecodeException(DecodeError.WRONG_TYPE, what + " starts with the reserved byte 0xc1");
        }
        if (format.getValueType() != expected) {
            throw new DecodeException(DecodeError.WRONG_TYPE,
                    what + " must be " + expected.name().toLowerCase() + ", got " + format.getValueType().name().toLowerCase());
        }
        return format;
    }

    private static MessageFormat smallestUnsigned(long value) {
        if (value < 128) {
            return MessageFormat.POSFIXINT;
        } else if (value < 256) {
            return MessageFormat.UINT8;
        } else if (value < 65536) {
            return MessageFormat.UINT16;
        } else if (value < 4294967296L) {
            return MessageFormat.UINT32;
        }
        return MessageFormat.UINT64;
    }

    private static void requireSmallest(MessageFormat actual, MessageFormat smallest, String what) {
        if (actual != smallest) {
            throw new DecodeException(DecodeError.NOT_CANONICAL, what + " uses " + actual + " where " + smallest + " is required");
        }
    }

    @FunctionalInterface
    private interface Read<T> {
        T get() throws IOException;
    }

    private <T> T call(Read<T> read, String what) {
        try {
            return read.get();
        } catch (IOException | MessagePackException e) {
            throw failure(e, what);
        }
    }

    private static DecodeException failure(Exception e, String what) {
        if (e instanceof MessageInsufficientBufferException || e instanceof java.io.EOFException) {
            return new DecodeException(DecodeError.TRUNCATED, "input ends inside " + what);
        }
        return new DecodeException(DecodeError.WRONG_TYPE, what + ": " + e.getMessage());
    }
}
