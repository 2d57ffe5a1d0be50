package dev.ccoin.node.storage;

/**
 * How far a {@link ChainStore#write} has gone when it returns. Either way the batch is atomic and in the database's
 * log in write order, so a crash keeps a prefix of the batches, never a part of one.
 */
public enum Durability {
    /**
     * On disk ({@code fsync}) before the write returns: it survives a power cut. For what the node acknowledges —
     * blocks it mined or imported from a peer, state commits, the head the API reports.
     */
    SYNCED,
    /**
     * Handed to the operating system before the write returns, so it survives {@code kill -9} of the process, and on
     * disk with the next {@link #SYNCED} write (the log is synced as a whole). For blocks read from a file, which an
     * interrupted import reads again: its importer syncs at its end and every few blocks.
     */
    WRITTEN
}
