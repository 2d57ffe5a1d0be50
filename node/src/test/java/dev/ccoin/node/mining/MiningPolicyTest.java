package dev.ccoin.node.mining;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.BlockHeader;
import dev.ccoin.core.chain.BlockLimits;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.chain.ChainHead;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MiningPolicyTest {
    private static final long PARENT_TIME = 1_700_000_100_000L;
    private static final long INTERVAL_MS = 5_000;
    private static final long BACKUP_MS = 2_000;

    /** Three authorities, 5 s interval, min_bound 2, 2 s backup delay. */
    private final ChainParams params = MiningParams.of(3, 4).interval(5).minBound(2).backupDelayMs(BACKUP_MS).build();
    private final ChainHead head = head(10, PARENT_TIME, List.of());
    private final Address inTurn = params.inTurnAuthority(11);
    private final Address backup = params.authorities().stream().filter(a -> !a.equals(inTurn)).findFirst()
            .orElseThrow();

    @Test
    void inTurnAuthoritySealsAsSoonAsMinBoundTransactionsWait() {
        MiningPolicy policy = new MiningPolicy(params, new SplittableRandom(1));

        assertThat(policy.decide(head, inTurn, 2, PARENT_TIME + 1)).isEqualTo(SealDecision.sealNow(true));
    }

    @Test
    void inTurnAuthorityWithFewerThanMinBoundTransactionsWaitsForTheInterval() {
        MiningPolicy policy = new MiningPolicy(params, new SplittableRandom(1));

        assertThat(policy.decide(head, inTurn, 1, PARENT_TIME + 1))
                .isEqualTo(SealDecision.waitUntil(PARENT_TIME + INTERVAL_MS, true));
        assertThat(policy.decide(head, inTurn, 1, PARENT_TIME + INTERVAL_MS)).isEqualTo(SealDecision.sealNow(true));
    }

    @Test
    void inTurnAuthoritySealsAnEmptyBlockOnceTheIntervalHasPassedWhenEmptyBlocksAreAllowed() {
        MiningPolicy policy = new MiningPolicy(params, new SplittableRandom(1));

        assertThat(policy.decide(head, inTurn, 0, PARENT_TIME + INTERVAL_MS - 1))
                .isEqualTo(SealDecision.waitUntil(PARENT_TIME + INTERVAL_MS, true));
        assertThat(policy.decide(head, inTurn, 0, PARENT_TIME + INTERVAL_MS)).isEqualTo(SealDecision.sealNow(true));
    }

    @Test
    void withoutAllowEmptyAnInTurnAuthorityAwaitsATransactionAfterTheInterval() {
        ChainParams noEmpty = MiningParams.of(3, 4).interval(5).minBound(2).allowEmpty(false).build();
        MiningPolicy policy = new MiningPolicy(noEmpty, new SplittableRandom(1));

        assertThat(policy.decide(head, inTurn, 0, PARENT_TIME + INTERVAL_MS + 1))
                .isEqualTo(SealDecision.awaitTransactions(true));
        assertThat(policy.decide(head, inTurn, 1, PARENT_TIME + INTERVAL_MS + 1)).isEqualTo(SealDecision.sealNow(true));
    }

    @Test
    void aMinBoundOfZeroNeverSealsAnEmptyBlockEarly() {
        ChainParams zero = MiningParams.of(3, 4).interval(5).minBound(0).build();
        MiningPolicy policy = new MiningPolicy(zero, new SplittableRandom(1));

        assertThat(policy.decide(head, inTurn, 0, PARENT_TIME + 1))
                .isEqualTo(SealDecision.waitUntil(PARENT_TIME + INTERVAL_MS, true));
        assertThat(policy.decide(head, inTurn, 1, PARENT_TIME + 1)).isEqualTo(SealDecision.sealNow(true));
    }

    @Test
    void outOfTurnAuthorityWaitsIntervalPlusBackupDelayPlusTheSeededSpreadWhateverThePool() {
        long spread = new SplittableRandom(42).nextLong(3 * 500 + 1);
        long due = PARENT_TIME + INTERVAL_MS + BACKUP_MS + spread;
        MiningPolicy policy = new MiningPolicy(params, new SplittableRandom(42));

        assertThat(policy.decide(head, backup, 100, PARENT_TIME + INTERVAL_MS))
                .isEqualTo(SealDecision.waitUntil(due, false));
        assertThat(policy.decide(head, backup, 100, due - 1)).isEqualTo(SealDecision.waitUntil(due, false));
        assertThat(policy.decide(head, backup, 0, due)).isEqualTo(SealDecision.sealNow(false));
    }

    @Test
    void outOfTurnAuthorityWithoutAllowEmptyAwaitsATransactionAfterItsDelay() {
        ChainParams noEmpty = MiningParams.of(3, 4).interval(5).backupDelayMs(BACKUP_MS).allowEmpty(false).build();
        MiningPolicy policy = new MiningPolicy(noEmpty, new SplittableRandom(42));
        long late = PARENT_TIME + INTERVAL_MS + BACKUP_MS + 3 * 500;

        assertThat(policy.decide(head, backup, 0, late)).isEqualTo(SealDecision.awaitTransactions(false));
        assertThat(policy.decide(head, backup, 1, late)).isEqualTo(SealDecision.sealNow(false));
    }

    @Test
    void theBackupDelayIsDrawnOncePerHeadAndStaysPutWhileWaiting() {
        MiningPolicy policy = new MiningPolicy(params, new SplittableRandom(7));

        long first = policy.decide(head, backup, 0, PARENT_TIME).atMillis();
        for (int i = 1; i < 20; i++) {
            assertThat(policy.decide(head, backup, i, PARENT_TIME + i).atMillis()).isEqualTo(first);
        }
    }

    @Test
    void theBackupSpreadLiesBetweenZeroAndNTimes500MsAndVariesAcrossHeads() {
        MiningPolicy policy = new MiningPolicy(params, new SplittableRandom(3));
        Set<Long> spreads = new HashSet<>();

        for (int parent = 0; parent < 200; parent++) {
            ChainHead next = head(10, PARENT_TIME, List.of(), Bytes.utf8("head " + parent));
            long spread = policy.decide(next, backup, 0, PARENT_TIME).atMillis() - (PARENT_TIME + INTERVAL_MS
                    + BACKUP_MS);
            assertThat(spread).isBetween(0L, 3 * 500L);
            spreads.add(spread);
        }
        assertThat(spreads).hasSizeGreaterThan(100);
    }

    @Test
    void theRecencyRuleForbidsAnAuthorityThatSealedOneOfTheLastFloorNOverTwoBlocks() {
        MiningPolicy policy = new MiningPolicy(params, new SplittableRandom(1));
        ChainHead sealedByUs = head(10, PARENT_TIME, List.of(inTurn));
        ChainHead sealedEarlier = head(10, PARENT_TIME, List.of(inTurn, backup));

        assertThat(policy.decide(sealedByUs, inTurn, 100, PARENT_TIME + 60_000)).isEqualTo(SealDecision.notAllowed());
        assertThat(policy.decide(sealedEarlier, inTurn, 100, PARENT_TIME + 1)).isEqualTo(SealDecision.sealNow(true));
    }

    @Test
    void anAddressThatIsNotAnAuthorityMayNotSeal() {
        MiningPolicy policy = new MiningPolicy(params, new SplittableRandom(1));
        Address stranger = TestChain.address(TestChain.funded(0));

        assertThat(policy.decide(head, stranger, 100, PARENT_TIME + 60_000)).isEqualTo(SealDecision.notAllowed());
    }

    @Test
    void aSingleAuthorityIsAlwaysInTurnAndNeverHeldBackByRecency() {
        ChainParams single = MiningParams.of(1, 4).interval(5).build();
        Address only = TestChain.address(TestKeys.get(0));
        MiningPolicy policy = new MiningPolicy(single, new SplittableRandom(1));

        for (long height = 0; height < 6; height++) {
            ChainHead sealedByUs = head(height, PARENT_TIME, List.of(only));
            assertThat(policy.decide(sealedByUs, only, 1, PARENT_TIME + 1)).isEqualTo(SealDecision.sealNow(true));
            assertThat(policy.decide(sealedByUs, only, 0, PARENT_TIME + 1))
                    .isEqualTo(SealDecision.waitUntil(PARENT_TIME + INTERVAL_MS, true));
        }
    }

    private ChainHead head(long height, long timestamp, List<Address> recentMiners) {
        return head(height, timestamp, recentMiners, Bytes.EMPTY);
    }

    /** A head block with the given fields; {@code data} only makes its hash differ. */
    private ChainHead head(long height, long timestamp, List<Address> recentMiners, Bytes data) {
        BlockHeader header = new BlockHeader(BlockLimits.VERSION, params.networkId(), height, Hash32.ZERO,
                Hash32.ZERO, Hash32.ZERO, timestamp, Address.ZERO, 4, data);
        return new ChainHead(new Block(header, Bytes.EMPTY, Bytes.EMPTY, 0, List.of()), BigInteger.ONE, recentMiners);
    }
}
