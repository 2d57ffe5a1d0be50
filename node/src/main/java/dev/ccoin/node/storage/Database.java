package dev.ccoin.node.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.iq80.leveldb.CompressionType;
import org.iq80.leveldb.DB;
import org.iq80.leveldb.DBException;
import org.iq80.leveldb.DBIterator;
import org.iq80.leveldb.Options;
import org.iq80.leveldb.WriteBatch;
import org.iq80.leveldb.WriteOptions;

/**
 * The node's one LevelDB database, {@code <data-dir>/chain} (§12): point reads, prefix scans, and atomic batches
 * of writes ({@link StoreBatch}), on the {@link StorageEngine} it was opened with. Only one {@code Database} may
 * have a directory open at a time, across processes (LevelDB's lock, which both engines take the same way) and
 * within this JVM ({@link OpenDirectories}); a second open fails with {@link StorageError#DATA_DIR_IN_USE}. Keys
 * and values are raw bytes; {@link Column} gives keys their meaning. Thread-safe: any thread may read, scan and
 * commit; {@link #close()} waits for operations in flight, and any use after it fails with
 * {@link StorageError#CLOSED} instead of reaching freed native memory.
 */
public final class Database implements AutoCloseable {
    /** The database's folder inside a data directory. */
    public static final String DIRECTORY = "chain";
    /** LevelDB's block cache: enough for the recent blocks and the upper state-tree levels a node keeps reading. */
    public static final long DEFAULT_CACHE_BYTES = 64L * 1024 * 1024;

    private final Path dataDir;
    private final Path claimed;
    /** Reads tried again after a table deleted under them: one compaction installs one version at a time. */
    private static final int OBSOLETE_TABLE_RETRIES = 3;

    private final StorageEngine engine;
    private final DB db;
    private final Lock reading;
    private final Lock closing;
    private boolean closed;

    private Database(Path dataDir, Path claimed, StorageEngine engine, DB db) {
        this.dataDir = dataDir;
        this.claimed = claimed;
        this.engine = engine;
        this.db = db;
        ReadWriteLock lock = new ReentrantReadWriteLock();
        this.reading = lock.readLock();
        this.closing = lock.writeLock();
    }

    /** Opens (creating if needed) the database of {@code dataDir} with the default cache on this JVM's engine. */
    public static Database open(Path dataDir) {
        return open(dataDir, DEFAULT_CACHE_BYTES, StorageEngine.chosen());
    }

    public static Database open(Path dataDir, long cacheBytes) {
        return open(dataDir, cacheBytes, StorageEngine.chosen());
    }

    public static Database open(Path dataDir, long cacheBytes, StorageEngine engine) {
        Path directory = dataDir.resolve(DIRECTORY);
        Path realPath;
        try {
            Files.createDirectories(directory);
            realPath = directory.toRealPath();
        } catch (IOException e) {
            throw new StorageException(StorageError.IO, "cannot create " + directory + ": " + e.getMessage(), e);
        }
        if (!OpenDirectories.claim(realPath)) {
            throw OpenDirectories.isStranded(realPath) ? StorageException.stranded(dataDir)
                    : StorageException.inUse(dataDir, null);
        }
        Options options = new Options()
                .createIfMissing(true)
                .paranoidChecks(false)
                .cacheSize(cacheBytes)
                .compressionType(CompressionType.SNAPPY);
        try {
            return new Database(dataDir, realPath, engine, engine.open(dataDir, realPath.toFile(), options));
        } catch (StorageException e) {
            OpenDirectories.release(realPath);
            throw e;
        } catch (IOException | RuntimeException e) {
            if (engine.leaksLockOnFailedOpen()) {
                OpenDirectories.strand(realPath);
            } else {
                OpenDirectories.release(realPath);
            }
            throw StorageException.fromLevelDb("cannot open the database of", dataDir, e);
        }
    }

    /** The data directory whose {@code chain} folder this is. */
    public Path dataDir() {
        return dataDir;
    }

    /** The LevelDB implementation this database runs on. */
    public StorageEngine engine() {
        return engine;
    }

    /**
     * The value stored under {@code key}, or null if there is none.
     *
     * <p>The pure-Java engine reads a table of the version current when the read began without holding that version,
     * so a compaction that installs a new version meanwhile may delete the table under the read (dain/leveldb#78,
     * open in 0.12): the read fails with the table's file missing. The new version holds the same keys in files that
     * exist, so such a read is tried again, at most {@value #OBSOLETE_TABLE_RETRIES} times.
     */
    public byte[] get(byte[] key) {
        reading.lock();
        try {
            requireOpen();
            for (int retry = 0; ; retry++) {
                try {
                    return db.get(key);
                } catch (RuntimeException e) {
                    if (retry == OBSOLETE_TABLE_RETRIES || !isTableDeletedUnderRead(e)) {
                        throw e;
                    }
                }
            }
        } catch (RuntimeException e) {
            throw translate("cannot read from the database of", e);
        } finally {
            reading.unlock();
        }
    }

    /** The pure-Java engine's failure when a table was deleted as obsolete during a read of it. */
    private boolean isTableDeletedUnderRead(RuntimeException e) {
        return engine == StorageEngine.JAVA && e.getClass() == RuntimeException.class
                && String.valueOf(e.getMessage()).startsWith("Could not open table")
                && e.getCause() instanceof FileNotFoundException;
    }

    public boolean contains(byte[] key) {
        return get(key) != null;
    }

    /** A new, empty batch of writes, applied all together by {@link StoreBatch#commit(boolean)}. */
    public StoreBatch batch() {
        reading.lock();
        try {
            requireOpen();
            return new StoreBatch(this, db.createWriteBatch());
        } finally {
            reading.unlock();
        }
    }

    /**
     * Visits the entries {@code scan} selects, in its order, until the visitor returns false. Sees a consistent
     * snapshot: writes committed during the scan are not visited.
     */
    public void scan(Scan scan, EntryVisitor visitor) {
        reading.lock();
        try {
            requireOpen();
            try (DBIterator iterator = db.iterator()) {
                if (scan.isDescending()) {
                    engine.scanDescending(iterator, scan, visitor);
                } else {
                    scanAscending(iterator, scan, visitor);
                }
            } catch (IOException e) {
                throw new StorageException(StorageError.IO, "cannot release an iterator of " + dataDir, e);
            }
        } catch (RuntimeException e) {
            throw translate("cannot scan the database of", e);
        } finally {
            reading.unlock();
        }
    }

    /** Visits every entry whose key begins with {@code prefix}, ascending, until the visitor returns false. */
    public void forEachWithPrefix(byte[] prefix, EntryVisitor visitor) {
        scan(Scan.prefix(prefix), visitor);
    }

    /** Closes the database and releases its lock; waits for reads and commits in flight. Idempotent. */
    @Override
    public void close() {
        closing.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                db.close();
            } catch (IOException e) {
                throw StorageException.fromLevelDb("cannot close the database of", dataDir, e);
            } catch (RuntimeException e) {
                throw translate("cannot close the database of", e);
            } finally {
                OpenDirectories.release(claimed);
            }
        } finally {
            closing.unlock();
        }
    }

    void write(WriteBatch batch, boolean sync) {
        reading.lock();
        try {
            requireOpen();
            db.write(batch, new WriteOptions().sync(sync));
        } catch (RuntimeException e) {
            throw translate("cannot write to the database of", e);
        } finally {
            reading.unlock();
        }
    }

    private static void scanAscending(DBIterator iterator, Scan scan, EntryVisitor visitor) {
        iterator.seek(scan.start() != null ? scan.start() : scan.prefix());
        while (iterator.hasNext()) {
            Map.Entry<byte[], byte[]> entry = iterator.next();
            if (!scan.covers(entry.getKey()) || !visitor.visit(entry.getKey(), entry.getValue())) {
                return;
            }
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new StorageException(StorageError.CLOSED, "the database of " + dataDir + " is closed");
        }
    }

    /** LevelDB's failures become {@link StorageException}s; anything else (a visitor's own) passes unchanged. */
    private RuntimeException translate(String action, RuntimeException e) {
        // The pure-Java engine throws its own exception types (org.iq80.leveldb.impl.DbImpl's background failures).
        boolean fromLevelDb = e instanceof DBException
                || e.getClass().getName().startsWith("org.iq80.leveldb.")
                || (e.getClass() == RuntimeException.class && e.getCause() instanceof IOException);
        return fromLevelDb ? StorageException.fromLevelDb(action, dataDir, e) : e;
    }
}
