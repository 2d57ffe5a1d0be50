package dev.ccoin.node.p2p.admission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DifficultyTest {
    private static final long START = 1_000_000;

    private final Difficulty difficulty = new Difficulty(8, 24, 20, START);

    @Test
    void startsAtTheFloor() {
        assertThat(difficulty.bits()).isEqualTo(8);
    }

    @Test
    void aSecondWithMorePuzzlesThanTheRateRaisesTheBitsByTwo() {
        issue(21);
        difficulty.advance(START + 1_000);

        assertThat(difficulty.bits()).isEqualTo(10);
    }

    @Test
    void aSecondAtTheRateDoesNotRaiseTheBits() {
        issue(20);
        difficulty.advance(START + 1_000);

        assertThat(difficulty.bits()).isEqualTo(8);
    }

    @Test
    void aCrowdedPendingSetRaisesTheBitsWithoutAnyPuzzle() {
        difficulty.crowded();
        difficulty.advance(START + 1_000);

        assertThat(difficulty.bits()).isEqualTo(10);
    }

    @Test
    void theBitsStopAtTheCeiling() {
        for (int second = 1; second <= 20; second++) {
            issue(100);
            difficulty.advance(START + second * 1_000L);
        }

        assertThat(difficulty.bits()).isEqualTo(24);
    }

    @Test
    void eachCalmTenSecondsLowersTheBitsByOneDownToTheFloor() {
        issue(100);
        difficulty.advance(START + 1_000);
        issue(100);
        difficulty.advance(START + 2_000);
        assertThat(difficulty.bits()).isEqualTo(12);

        difficulty.advance(START + 11_999);
        assertThat(difficulty.bits()).isEqualTo(12);
        difficulty.advance(START + 12_000);
        assertThat(difficulty.bits()).isEqualTo(11);
        difficulty.advance(START + 22_000);
        assertThat(difficulty.bits()).isEqualTo(10);
        difficulty.advance(START + 1_000_000);
        assertThat(difficulty.bits()).isEqualTo(8);
    }

    @Test
    void anOverloadedSecondRestartsTheCalmCount() {
        issue(100);
        difficulty.advance(START + 1_000);
        difficulty.advance(START + 10_000);
        issue(100);
        difficulty.advance(START + 11_000);
        assertThat(difficulty.bits()).isEqualTo(12);

        difficulty.advance(START + 20_000);
        assertThat(difficulty.bits()).as("only 9 calm seconds since the last overload").isEqualTo(12);
        difficulty.advance(START + 21_000);
        assertThat(difficulty.bits()).isEqualTo(11);
    }

    private void issue(int puzzles) {
        for (int i = 0; i < puzzles; i++) {
            difficulty.issued();
        }
    }
}
