package dev.ccoin.core.types;

/** Why a textual or binary value could not be read. */
public enum ValueError {
    /** Not hexadecimal, or an odd number of digits. */
    BAD_HEX,
    /** The right kind of value with the wrong number of bytes. */
    WRONG_LENGTH,
    /** A number outside the range the field allows. */
    OUT_OF_RANGE
}
