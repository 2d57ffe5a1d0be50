package dev.ccoin.node.storage;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

/**
 * Whether another process holds a LevelDB directory's {@code LOCK}, asked before the pure-Java engine opens it: on
 * finding the lock held, that engine fails with its descriptor of the file left open (see {@link OpenDirectories}),
 * so the common refusal is made here instead. Only for a directory no database of this JVM has open (closing the
 * descriptor drops this process's locks on the file). Stateless.
 */
final class LockCheck {
    private LockCheck() {
    }

    static boolean heldByAnotherProcess(File directory) throws IOException {
        File lockFile = new File(directory, "LOCK");
        if (!lockFile.exists()) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile, "rw"); FileChannel channel = file.getChannel()) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        }
    }
}
