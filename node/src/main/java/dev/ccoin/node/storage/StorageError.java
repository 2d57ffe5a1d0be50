package dev.ccoin.node.storage;

/** Why the database could not do what was asked. */
public enum StorageError {
    /** Another process, or another open in this one, holds the data directory's LevelDB lock. */
    DATA_DIR_IN_USE,
    /** LevelDB found damaged files, or a stored value does not have the shape its column promises. */
    CORRUPT,
    /** The database was written with a key layout this build does not know (a newer ccoin). */
    INCOMPATIBLE_SCHEMA,
    /** The file system or LevelDB failed to read or write. */
    IO,
    /** The database was used after {@link Database#close()}. */
    CLOSED,
    /** The storage engine asked for cannot run here (the native one, where its library does not load). */
    ENGINE_UNAVAILABLE
}
