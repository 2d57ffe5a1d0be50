package dev.ccoin.node.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.types.Hash32;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ForkChoiceTest {
    private static final Hash32 LOW = Hash32.parse("7f" + "00".repeat(31));
    private static final Hash32 HIGH = Hash32.parse("80" + "00".repeat(31));

    private static ChainWeight head(long work, long height, Hash32 hash) {
        return new ChainWeight(BigInteger.valueOf(work), height, hash);
    }

    @Test
    void moreTotalWorkWinsWhateverTheHeightAndHash() {
        ChainWeight heavier = head(1_001, 10, HIGH);
        ChainWeight lighter = head(1_000, 50, LOW);

        assertThat(ForkChoice.isBetter(heavier, lighter)).isTrue();
        assertThat(ForkChoice.isBetter(lighter, heavier)).isFalse();
    }

    @Test
    void equalWorkGoesToTheLowerHeight() {
        ChainWeight shorter = head(1_000, 9, HIGH);
        ChainWeight longer = head(1_000, 10, LOW);

        assertThat(ForkChoice.isBetter(shorter, longer)).isTrue();
        assertThat(ForkChoice.isBetter(longer, shorter)).isFalse();
    }

    @Test
    void equalWorkAndHeightGoesToTheLowerHashAsAnUnsignedNumber() {
        // 0x80… is negative as a signed byte: a signed comparison would pick it.
        ChainWeight low = head(1_000, 10, LOW);
        ChainWeight high = head(1_000, 10, HIGH);

        assertThat(ForkChoice.isBetter(low, high)).isTrue();
        assertThat(ForkChoice.isBetter(high, low)).isFalse();
    }

    @Test
    void theSameHeadIsNeverBetterThanItself() {
        ChainWeight head = head(1_000, 10, LOW);

        assertThat(ForkChoice.isBetter(head, head(1_000, 10, LOW))).isFalse();
        assertThat(ForkChoice.ORDER.compare(head, head)).isZero();
    }

    @Test
    void workBeyondALongIsCompared() {
        BigInteger huge = BigInteger.ONE.shiftLeft(300);

        assertThat(ForkChoice.isBetter(new ChainWeight(huge.add(BigInteger.ONE), 5, HIGH),
                new ChainWeight(huge, 5, LOW))).isTrue();
    }

    @Test
    void theBestHeadDoesNotDependOnTheOrderCandidatesArrived() {
        List<ChainWeight> candidates = new ArrayList<>(List.of(
                head(1_000, 10, HIGH), head(1_000, 10, LOW), head(1_000, 11, LOW), head(999, 9, LOW),
                head(1_000, 10, Hash32.parse("7e" + "ff".repeat(31)))));
        ChainWeight expected = head(1_000, 10, Hash32.parse("7e" + "ff".repeat(31)));
        Random random = new Random(42);

        for (int i = 0; i < 20; i++) {
            Collections.shuffle(candidates, random);
            assertThat(ForkChoice.best(candidates, Function.identity())).contains(expected);
        }
        assertThat(ForkChoice.best(List.<ChainWeight>of(), Function.identity())).isEmpty();
    }
}
