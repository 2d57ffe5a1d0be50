package dev.ccoin.node.mining;

import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.consensus.Schedule;
import java.util.random.RandomGenerator;

/**
 * When an authority seals the next block (protocol §6, local policy, not consensus). Given the head, our address, how
 * many executable transactions wait and the time:
 *
 * <ul>
 *   <li>an address that is not an authority, or one the recency rule forbids, may not seal;</li>
 *   <li>the in-turn authority seals as soon as {@code min_bound} transactions wait, or once {@code interval} has
 *       passed since the parent's timestamp and a transaction waits or {@code allow_empty} holds;</li>
 *   <li>an out-of-turn authority seals only once {@code interval + backup_delay_ms + rand(0, N × 500 ms)} has
 *       passed since the parent, on the same condition about empty blocks. The random part spreads the backups
 *       so that they do not all seal competing blocks at the same instant; it is drawn once per head, so the
 *       deadline stays put while the miner waits and asks again.</li>
 * </ul>
 *
 * A {@code min_bound} of 0 is read as 1: an empty pool never triggers an early block. With one authority it is
 * always in turn and never held back by recency. Apart from the random draw the answer depends only on the
 * arguments. Not thread-safe: it remembers the last head's draw, and belongs to the miner thread.
 */
public final class MiningPolicy {
    /** The random part of a backup's delay is at most this many ms per authority. */
    static final long SPREAD_PER_AUTHORITY_MS = 500;

    private final ChainParams params;
    private final ChainParams.BlockMining mining;
    private final Schedule schedule;
    private final RandomGenerator random;
    private Hash32 drawnFor;
    private long drawnDelayMs;

    public MiningPolicy(ChainParams params, RandomGenerator random) {
        this.params = params;
        this.mining = params.mining();
        this.schedule = new Schedule(params);
        this.random = random;
    }

    /** The fewest waiting transactions that make the in-turn authority seal before the interval is over. */
    public int earlyTrigger() {
        return Math.max(1, mining.minBound());
    }

    /**
     * @param head       the block to build on
     * @param self       our authority address
     * @param waiting    executable transactions in the pool (counting up to {@link #earlyTrigger()} is enough)
     * @param nowMillis  the wall clock, Unix ms
     */
    public SealDecision decide(ChainHead head, Address self, int waiting, long nowMillis) {
        if (!params.isAuthority(self) || !schedule.maySeal(self, head.recentMiners())) {
            return SealDecision.notAllowed();
        }
        boolean inTurn = schedule.inTurn(head.height() + 1).equals(self);
        if (inTurn && waiting >= earlyTrigger()) {
            return SealDecision.sealNow(true);
        }
        long due = plus(head.block().header().timestamp(), mining.intervalSeconds() * 1000L);
        if (!inTurn) {
            due = plus(plus(due, mining.backupDelayMs()), backupSpread(head.hash()));
        }
        if (nowMillis < due) {
            return SealDecision.waitUntil(due, inTurn);
        }
        if (waiting > 0 || mining.allowEmpty()) {
            return SealDecision.sealNow(inTurn);
        }
        return SealDecision.awaitTransactions(inTurn);
    }

    /** rand(0, N × 500 ms), inclusive, drawn once per head. */
    private long backupSpread(Hash32 head) {
        if (!head.equals(drawnFor)) {
            drawnFor = head;
            drawnDelayMs = random.nextLong(params.authorities().size() * SPREAD_PER_AUTHORITY_MS + 1);
        }
        return drawnDelayMs;
    }

    /** Saturating: a deadline past the end of time is simply never reached. */
    private static long plus(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }
}
