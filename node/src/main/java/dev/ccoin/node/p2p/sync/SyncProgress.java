package dev.ccoin.node.p2p.sync;

/**
 * Progress of one sync run, for the log line {@code SYNCING 1200/5000 blocks, 340 blocks/s} and the status. Not
 * thread-safe: owned by the sync thread, which publishes snapshots as {@link dev.ccoin.node.network.SyncStatus}.
 */
final class SyncProgress {
    /** How often the progress line is logged. */
    static final long LOG_EVERY_MS = 2_000;

    private final long startedMillis;
    private long blocks;
    private long lastLoggedMillis;

    SyncProgress(long nowMillis) {
        this.startedMillis = nowMillis;
        this.lastLoggedMillis = nowMillis;
    }

    void imported(int count) {
        blocks += count;
    }

    long blocks() {
        return blocks;
    }

    double blocksPerSecond(long nowMillis) {
        long elapsed = Math.max(1, nowMillis - startedMillis);
        return blocks * 1000.0 / elapsed;
    }

    long elapsedMillis(long nowMillis) {
        return nowMillis - startedMillis;
    }

    /** True, and the clock reset, when the progress line is due. */
    boolean logDue(long nowMillis) {
        if (nowMillis - lastLoggedMillis < LOG_EVERY_MS) {
            return false;
        }
        lastLoggedMillis = nowMillis;
        return true;
    }
}
