package dev.ccoin.node.api.chain;

/**
 * One authority in {@code GET /authorities}: its address, its slot in the schedule (block {@code h} is in turn for
 * slot {@code h mod N}), the next height in its turn, how many of the recent window's blocks it sealed, and the
 * newest canonical block it sealed within the lookback (null if none). Immutable.
 */
public record AuthorityView(String address, int slot, long nextInTurnHeight, int recentBlocks, LastSeen lastSeen) {

    /** The newest canonical block an authority sealed. */
    public record LastSeen(long height, String hash, long timestamp) {
    }
}
