package dev.ccoin.node.storage;

/** Receives the entries of a {@link Scan}, in scan order. The arrays are the visitor's to keep. */
@FunctionalInterface
public interface EntryVisitor {
    /** Handles one entry; returns false to stop the scan. */
    boolean visit(byte[] key, byte[] value);
}
