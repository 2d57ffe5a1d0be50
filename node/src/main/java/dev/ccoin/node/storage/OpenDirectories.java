package dev.ccoin.node.storage;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The database directories open in this JVM. LevelDB's own lock cannot serve here: its POSIX {@code fcntl} lock
 * belongs to the whole process, and a second open in the same process, on failing, closes its descriptor of the
 * LOCK file — which silently drops the process's lock and would let another process open the database beside us.
 * So a second open in this JVM must never reach LevelDB. A directory whose pure-Java open failed stays claimed
 * ({@link #strand}): that engine leaves its descriptor of the LOCK file open when its constructor fails, and the
 * garbage collector closing it later would drop the lock of any database opened there since. Process-wide by
 * nature, hence static; thread-safe.
 */
final class OpenDirectories {
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    private static final Set<Path> STRANDED = ConcurrentHashMap.newKeySet();

    private OpenDirectories() {
    }

    /** Claims {@code realPath} for this JVM; false if it is already claimed. */
    static boolean claim(Path realPath) {
        return OPEN.add(realPath);
    }

    static void release(Path realPath) {
        OPEN.remove(realPath);
    }

    /** Keeps {@code realPath} claimed for the rest of this JVM's life, after a failed open that leaked its lock. */
    static void strand(Path realPath) {
        STRANDED.add(realPath);
    }

    static boolean isStranded(Path realPath) {
        return STRANDED.contains(realPath);
    }
}
