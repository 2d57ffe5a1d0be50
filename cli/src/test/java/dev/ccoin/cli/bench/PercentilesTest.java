package dev.ccoin.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankPercentilesAreMeasuredValues() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[99 - i] = (i + 1) * 10L;
        }

        Percentiles p = Percentiles.of(nanos, 100);

        assertThat(p).isEqualTo(new Percentiles(100, 500, 990, 1000));
    }

    @Test
    void onlyTheFirstCountValuesCountAndTheArrayIsLeftAlone() {
        long[] nanos = {30, 10, 20, 999, 999};

        Percentiles p = Percentiles.of(nanos, 3);

        assertThat(p).isEqualTo(new Percentiles(3, 20, 30, 30));
        assertThat(nanos).containsExactly(30, 10, 20, 999, 999);
    }

    @Test
    void noValuesIsNone() {
        assertThat(Percentiles.of(new long[4], 0)).isEqualTo(Percentiles.NONE);
        assertThatThrownBy(() -> Percentiles.of(new long[2], 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsSecondsAndMilliseconds() {
        Percentiles p = new Percentiles(3, 1_500_000, 2_000_000_000L, 3_250_000_000L);

        assertThat(p.seconds()).isEqualTo("p50 0.002 s  p99 2.000 s  max 3.250 s");
        assertThat(p.millis()).isEqualTo("p50 1.50 ms  p99 2000.00 ms  max 3250.00 ms");
    }
}
