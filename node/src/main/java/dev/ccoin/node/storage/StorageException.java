package dev.ccoin.node.storage;

import java.nio.file.Path;
import java.util.Locale;

/** A storage failure with its reason; the message names the directory or key concerned and fits on one line. */
public final class StorageException extends RuntimeException {
    private final StorageError reason;

    public StorageException(StorageError reason, String message) {
        super(message);
        this.reason = reason;
    }

    public StorageException(StorageError reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public StorageError reason() {
        return reason;
    }

    /**
     * Classifies a LevelDB failure by its status text ({@code "IO error: lock …: already held by process"},
     * {@code "… Resource temporarily unavailable"}, {@code "Corruption: …"}; the pure-Java engine's
     * {@code "Unable to acquire lock on '…/LOCK'"}) — neither engine offers anything better.
     */
    static StorageException fromLevelDb(String action, Path directory, Throwable failure) {
        // leveldbjni's iterators wrap its DBException in a RuntimeException; the status is on the innermost.
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String status = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        boolean lockHeld = status.contains("lock ") && (status.contains("already held by process")
                || status.contains("Resource temporarily unavailable"));
        if (lockHeld || status.startsWith("Unable to acquire lock")) {
            return inUse(directory, cause);
        }
        // The native engine says "Corruption: …", the pure-Java one "corruption of N bytes".
        boolean corrupt = status.toLowerCase(Locale.ROOT).contains("corruption");
        StorageError reason = corrupt ? StorageError.CORRUPT : StorageError.IO;
        return new StorageException(reason, action + " " + directory + ": " + status, failure);
    }

    static StorageException inUse(Path directory, Throwable cause) {
        return new StorageException(StorageError.DATA_DIR_IN_USE, "data dir in use: " + directory
                + " is locked by another ccoin process (or already open in this one)", cause);
    }

    static StorageException stranded(Path directory) {
        return new StorageException(StorageError.DATA_DIR_IN_USE, "data dir in use: an open of " + directory
                + " on the pure-Java engine failed in this process and keeps its LevelDB lock until the process exits");
    }
}
