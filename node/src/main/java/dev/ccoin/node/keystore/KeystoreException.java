package dev.ccoin.node.keystore;

/**
 * A keystore operation that failed, with its reason. The message is one line that names the file concerned, so the
 * CLI can print it as is.
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

    public KeystoreError reason() {
        return reason;
    }
}
