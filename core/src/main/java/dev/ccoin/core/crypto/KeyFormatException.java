package dev.ccoin.core.crypto;

/** A key that cannot be used, with the reason. */
public final class KeyFormatException extends IllegalArgumentException {
    private final KeyError reason;

    public KeyFormatException(KeyError reason, String message) {
        super(message);
        this.reason = reason;
    }

    public KeyError reason() {
        return reason;
    }
}
