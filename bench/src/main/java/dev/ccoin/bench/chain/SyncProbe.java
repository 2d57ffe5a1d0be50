package dev.ccoin.bench.chain;

import dev.ccoin.node.storage.Database;
import dev.ccoin.node.storage.StoreBatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a synced LevelDB commit costs on this disk: batches of one 1 KB entry committed with and without sync, in
 * a fresh database. The node commits one synced batch per block, so this is the floor of the cost per block.
 */
final class SyncProbe {
    private static final int COMMITS = 500;

    /** Milliseconds per commit of one small batch, with and without sync. */
    record Cost(double syncedMs, double unsyncedMs) {
    }

    private SyncProbe() {
    }

    static Cost measure(Path workDir) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory(workDir, "ccoin-sync-probe-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Database database = Database.open(dataDir)) {
            commits(database, 50, true, 0);
            double synced = commits(database, COMMITS, true, 1_000);
            double unsynced = commits(database, COMMITS, false, 2_000);
            return new Cost(synced, unsynced);
        } finally {
            ScratchChain.delete(dataDir);
        }
    }

    private static double commits(Database database, int count, boolean sync, int firstKey) {
        byte[] value = new byte[1024];
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            try (StoreBatch batch = database.batch()) {
                batch.put(ByteBuffer.allocate(Integer.BYTES + 1).put((byte) 0x70).putInt(firstKey + i).array(),
                        value);
                batch.commit(sync);
            }
        }
        return (System.nanoTime() - started) / 1e6 / count;
    }
}
