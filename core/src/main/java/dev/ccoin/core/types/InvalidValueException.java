package dev.ccoin.core.types;

/** A value given from outside (hex text, a byte array of the wrong size) that cannot be used; carries the reason. */
public final class InvalidValueException extends IllegalArgumentException {
    private final ValueError reason;

    public InvalidValueException(ValueError reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ValueError reason() {
        return reason;
    }
}
