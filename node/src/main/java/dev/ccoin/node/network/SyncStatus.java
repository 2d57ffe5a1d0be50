package dev.ccoin.node.network;

/**
 * {@code SYNCING} while a peer reports more work than ours and we are fetching its blocks, with our height and the
 * height we are heading for; {@code SYNCED} otherwise.
 */
public record SyncStatus(State state, long currentHeight, long targetHeight, double blocksPerSecond) {
    /** The two states of protocol §8. */
    public enum State { SYNCING, SYNCED }

    public static SyncStatus synced(long height) {
        return new SyncStatus(State.SYNCED, height, height, 0);
    }
}
