package dev.ccoin.client.model;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.Optional;

/**
 * One authority in {@code GET /authorities}: its address, its slot in the schedule (block {@code h} is in turn for
 * slot {@code h mod N}), the next height in its turn; within the recent window, the blocks it sealed
 * ({@code recentBlocks}), how many of those in its turn ({@code recentInTurn}) and how many of the window's heights
 * were its turn ({@code recentTurns}); and the newest canonical block it sealed within the lookback (null if none).
 * Immutable.
 */
public record Authority(Address address, int slot, long nextInTurnHeight, int recentBlocks, int recentInTurn,
                        int recentTurns, LastSeen lastSeen) {

    /** The newest block it sealed within the lookback, if any. */
    public Optional<LastSeen> lastSealed() {
        return Optional.ofNullable(lastSeen);
    }

    /** The newest canonical block an authority sealed. */
    public record LastSeen(long height, Hash32 hash, long timestamp) {
    }
}
