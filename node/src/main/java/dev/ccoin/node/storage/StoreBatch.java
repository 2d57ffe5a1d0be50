package dev.ccoin.node.storage;

import java.io.IOException;
import org.iq80.leveldb.WriteBatch;

/**
 * Writes gathered to be applied together: after {@link #commit(boolean)} either all of them are in the database or,
 * if the process dies first, none. Puts and deletes apply in the order given, so a later write to a key wins.
 * Copies the arrays it is given. Committed at most once; close it (try-with-resources) to free its native buffer,
 * which discards it if not committed. Belongs to one thread.
 */
public final class StoreBatch implements AutoCloseable {
    private final Database database;
    private final WriteBatch batch;
    private int size;
    private boolean finished;
    private boolean released;

    StoreBatch(Database database, WriteBatch batch) {
        this.database = database;
        this.batch = batch;
    }

    public StoreBatch put(byte[] key, byte[] value) {
        requireOpen();
        batch.put(key, value);
        size++;
        return this;
    }

    public StoreBatch delete(byte[] key) {
        requireOpen();
        batch.delete(key);
        size++;
        return this;
    }

    /** The number of puts and deletes gathered. */
    public int size() {
        return size;
    }

    /**
     * Applies every write atomically. With {@code sync} the call returns only once the writes are on disk, so they
     * survive a power cut, not just a crash of the process: what a block import acknowledges must use it.
     */
    public void commit(boolean sync) {
        requireOpen();
        finished = true;
        database.write(batch, sync);
    }

    @Override
    public void close() {
        finished = true;
        if (released) {
            return;
        }
        released = true;
        try {
            batch.close();
        } catch (IOException e) {
            throw new StorageException(StorageError.IO, "cannot free a write batch: " + e.getMessage(), e);
        }
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("this batch was already committed or closed");
        }
    }
}
