package dev.ccoin.core.codec;

/** Why bytes are not a canonical encoding of the expected value. */
public enum DecodeError {
    /** The input ends inside a value. */
    TRUNCATED,
    /** A value of another MessagePack type than the field needs (e.g. a map, a float, a negative integer). */
    WRONG_TYPE,
    /** An array with a different number of elements than the structure has fields. */
    WRONG_ARITY,
    /** A valid MessagePack value in a longer form than the smallest one (two encodings of one value would give two hashes). */
    NOT_CANONICAL,
    /** An integer above 2^63-1, or outside the field's own range. */
    OUT_OF_RANGE,
    /** A byte string, text or list longer than the field allows. */
    TOO_LONG,
    /** Bytes left over after the value. */
    TRAILING_BYTES,
    /** Well-formed MessagePack whose content breaks a structural rule of the type (e.g. a hash of 31 bytes). */
    INVALID_VALUE
}
