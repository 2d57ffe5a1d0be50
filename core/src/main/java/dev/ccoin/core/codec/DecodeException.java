package dev.ccoin.core.codec;

/** Bytes that are not a canonical encoding of the expected value. No partial object is ever returned. */
public final class DecodeException extends RuntimeException {
    private final DecodeError reason;

    public DecodeException(DecodeError reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public DecodeError reason() {
        return reason;
    }
}
