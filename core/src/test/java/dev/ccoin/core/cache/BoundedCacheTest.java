package dev.ccoin.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {
    @Test
    void returnsWhatWasPut() {
        BoundedCache<String, Integer> cache = new BoundedCache<>(10);
        cache.put("a", 1);
        assertThat(cache.get("a")).isEqualTo(1);
        assertThat(cache.get("b")).isNull();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        BoundedCache<Integer, Integer> cache = new BoundedCache<>(100);
        for (int i = 0; i < 10_000; i++) {
            cache.put(i, i);
            assertThat(cache.size()).isLessThanOrEqualTo(100);
        }
        assertThat(cache.get(9_999)).isEqualTo(9_999);
        assertThat(cache.get(0)).isNull();
    }

    @Test
    void anEntryInUseSurvivesEveryTurnOfTheGenerations() {
        BoundedCache<Integer, String> cache = new BoundedCache<>(10);
        cache.put(-1, "hot");
        for (int i = 0; i < 1_000; i++) {
            cache.put(i, "cold");
            assertThat(cache.get(-1)).as("after %d other entries", i + 1).isEqualTo("hot");
        }
    }

    @Test
    void computesAnAbsentValueOnceAndKeepsIt() {
        BoundedCache<String, Integer> cache = new BoundedCache<>(10);
        AtomicInteger calls = new AtomicInteger();
        assertThat(cache.get("abc", key -> calls.incrementAndGet() + key.length())).isEqualTo(4);
        assertThat(cache.get("abc", key -> calls.incrementAndGet() + key.length())).isEqualTo(4);
        assertThat(calls).hasValue(1);
    }

    @Test
    void concurrentWritersAndReadersSeeOnlyValuesThatWerePut() throws InterruptedException {
        BoundedCache<Integer, Integer> cache = new BoundedCache<>(64);
        List<Thread> threads = new ArrayList<>();
        AtomicInteger wrong = new AtomicInteger();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 20_000; i++) {
                    int key = i % 200;
                    Integer value = cache.get(key, k -> k * 3);
                    if (value != key * 3) {
                        wrong.incrementAndGet();
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(wrong).hasValue(0);
        assertThat(cache.size()).isLessThanOrEqualTo(64 + 8);
    }

    @Test
    void refusesACapacityTooSmallToSplit() {
        assertThatThrownBy(() -> new BoundedCache<>(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
