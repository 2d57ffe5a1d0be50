package dev.ccoin.node.api.chain;

/**
 * One authority in {@code GET /authorities}: its address, its slot in the schedule (block {@code h} is in turn for
 * slot {@code h mod N}), the next height in its turn; among the recent window's blocks, how many it sealed
 * ({@code recentBlocks}), how many of those were in its turn ({@code recentInTurn}; the rest it sealed as a backup)
 * and how many of the window's heights were its turn, whoever sealed them ({@code recentTurns}); and the newest
 * canonical block it sealed within the lookback (null if none). Immutable.
 */
public record AuthorityView(String address, int slot, long nextInTurnHeight, int recentBlocks, int recentInTurn,
                            int recentTurns, LastSeen lastSeen) {

    /** The newest canonical block an authority sealed. */
    public record LastSeen(long height, String hash, long timestamp) {
    }
}
