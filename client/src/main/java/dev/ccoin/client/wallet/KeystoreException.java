package dev.ccoin.client.wallet;

import dev.ccoin.core.keys.KeyPemException;

/**
 * A keystore operation that failed, with its reason. The message is one line that names the file concerned, so the
 * CLI can print it as is. Immutable.
 */
public final class KeystoreException extends RuntimeException {
    private final KeystoreError reason;

    public KeystoreException(KeystoreError reason, String message) {
        super(message);
        this.reason = reason;
    }

    public KeystoreException(KeystoreError reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** The keystore's view of a PEM failure: the same reason and message. */
    public static KeystoreException of(KeyPemException e) {
        return new KeystoreException(KeystoreError.of(e.reason()), e.getMessage(), e);
    }

    public KeystoreError reason() {
        return reason;
    }
}
