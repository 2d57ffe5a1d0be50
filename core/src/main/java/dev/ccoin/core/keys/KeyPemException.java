package dev.ccoin.core.keys;

import java.util.Objects;

/**
 * PEM text that does not decode to a usable key, with the reason. The message is one line naming the source the
 * caller gave (a file, usually), so a command line can print it as is. Immutable.
 */
public final class KeyPemException extends RuntimeException {
    private final KeyPemError reason;

    public KeyPemException(KeyPemError reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public KeyPemException(KeyPemError reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public KeyPemError reason() {
        return reason;
    }
}
