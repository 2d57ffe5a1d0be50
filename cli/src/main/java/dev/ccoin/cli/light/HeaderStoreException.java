package dev.ccoin.cli.light;

/** The header store cannot be opened, locked or written; the message names the directory and the cause. */
public final class HeaderStoreException extends RuntimeException {
    public HeaderStoreException(String message) {
        super(message);
    }

    public HeaderStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
