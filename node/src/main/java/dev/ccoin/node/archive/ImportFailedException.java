package dev.ccoin.node.archive;

/**
 * An import that stopped at a bad block. Everything imported before it is kept; the message names the height and
 * the reason.
 */
public final class ImportFailedException extends RuntimeException {
    private final ImportError reason;
    private final long imported;

    public ImportFailedException(ImportError reason, long imported, String message) {
        super(reason + ": " + message);
        this.reason = reason;
        this.imported = imported;
    }

    public ImportError reason() {
        return reason;
    }

    /** Blocks read and accepted before the failure. */
    public long imported() {
        return imported;
    }
}
