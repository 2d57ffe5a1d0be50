package dev.ccoin.core.pow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.types.Hash32;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A search gone wrong spins forever; the separate-thread timeout fails it instead of hanging the build. */
@Timeout(value = 120, threadMode = ThreadMode.SEPARATE_THREAD)
class NonceSearchTest {
    private static final Duration GENEROUS = Duration.ofSeconds(30);
    /** No hash has all 256 bits zero, so a search for them runs until cancelled. */
    private static final int ENDLESS = Hashcash.MAX_BITS;

    private final Hash32 prefix = Sha256.hash("nonce search".getBytes());

    @ParameterizedTest
    @EnumSource(HashEngine.class)
    void twoWorkersFindANonceMeetingTheDifficulty(HashEngine engine) throws Exception {
        try (NonceSearch search = new NonceSearch(2, engine, System::nanoTime)) {
            SearchHandle handle = search.start(prefix, 16);

            long nonce = handle.result().get(GENEROUS.toSeconds(), TimeUnit.SECONDS);

            assertThat(Hashcash.meets(prefix, nonce, 16)).isTrue();
            assertThat(handle.hashes()).isPositive();
        }
    }

    @Test
    void aSingleWorkerFindsTheSmallestNonce() throws Exception {
        try (NonceSearch search = NonceSearch.withThreads(1)) {
            SearchHandle handle = search.start(prefix, 12);

            assertThat(handle.result().get(GENEROUS.toSeconds(), TimeUnit.SECONDS))
                    .isEqualTo(Hashcash.smallestNonce(prefix, 12));
        }
    }

    @Test
    void successiveSearchesOnTheSameWorkersEachFindTheirNonce() throws Exception {
        try (NonceSearch search = NonceSearch.withThreads(2)) {
            for (int i = 0; i < 20; i++) {
                Hash32 each = Sha256.hash(new byte[] {(byte) i});
                long nonce = search.start(each, 10).result().get(GENEROUS.toSeconds(), TimeUnit.SECONDS);

                assertThat(Hashcash.meets(each, nonce, 10)).isTrue();
            }
        }
    }

    @Test
    void cancelStopsTheWorkersPromptlyAndCancelsTheResult() throws Exception {
        try (NonceSearch search = NonceSearch.withThreads(2)) {
            SearchHandle handle = search.start(prefix, ENDLESS);
            Await.until(GENEROUS, "the workers hash", () -> handle.hashes() > 0);

            handle.cancel();
            handle.stopped().get(GENEROUS.toSeconds(), TimeUnit.SECONDS);
            long hashesWhenStopped = handle.hashes();

            assertThat(handle.result()).isCancelled();
            assertThatThrownBy(() -> handle.result().join()).isInstanceOf(CancellationException.class);
            // A second search runs to completion on the same workers, so the first one's count is final.
            search.start(prefix, 8).result().get(GENEROUS.toSeconds(), TimeUnit.SECONDS);
            assertThat(handle.hashes()).isEqualTo(hashesWhenStopped);
        }
    }

    @Test
    void startingANewSearchCancelsTheRunningOne() throws Exception {
        try (NonceSearch search = NonceSearch.withThreads(2)) {
            SearchHandle first = search.start(prefix, ENDLESS);
            Await.until(GENEROUS, "the workers hash", () -> first.hashes() > 0);

            SearchHandle second = search.start(prefix, 8);

            assertThat(first.result()).isCancelled();
            first.stopped().get(GENEROUS.toSeconds(), TimeUnit.SECONDS);
            assertThat(Hashcash.meets(prefix, second.result().get(GENEROUS.toSeconds(), TimeUnit.SECONDS), 8))
                    .isTrue();
        }
    }

    @Test
    void hashCounterIncreasesWhileSearching() {
        try (NonceSearch search = NonceSearch.withThreads(2)) {
            SearchHandle handle = search.start(prefix, ENDLESS);
            Await.until(GENEROUS, "the workers hash", () -> handle.hashes() > 0);
            long earlier = handle.hashes();

            Await.until(GENEROUS, "the count grows", () -> handle.hashes() > earlier);
            handle.cancel();
        }
    }

    @Test
    void totalHashesAddsUpEverySearch() throws Exception {
        try (NonceSearch search = NonceSearch.withThreads(2)) {
            SearchHandle first = search.start(prefix, 12);
            first.result().get(GENEROUS.toSeconds(), TimeUnit.SECONDS);
            first.stopped().get(GENEROUS.toSeconds(), TimeUnit.SECONDS);
            SearchHandle second = search.start(Sha256.hash(new byte[] {9}), 12);
            second.result().get(GENEROUS.toSeconds(), TimeUnit.SECONDS);
            second.stopped().get(GENEROUS.toSeconds(), TimeUnit.SECONDS);

            assertThat(search.totalHashes()).isEqualTo(first.hashes() + second.hashes());
        }
    }

    @Test
    void hashRateIsHashesPerSecondOfTheInjectedClock() throws Exception {
        AtomicLong clock = new AtomicLong(1_000);
        try (NonceSearch search = new NonceSearch(2, HashEngine.fastest(), clock::get)) {
            SearchHandle handle = search.start(prefix, ENDLESS);
            Await.until(GENEROUS, "the workers hash", () -> handle.hashes() > 0);

            clock.addAndGet(2_000_000_000L);
            handle.cancel();
            handle.stopped().get(GENEROUS.toSeconds(), TimeUnit.SECONDS);
            clock.addAndGet(5_000_000_000L);

            assertThat(handle.elapsedNanos()).isEqualTo(2_000_000_000L);
            assertThat(handle.hashRate()).isEqualTo(handle.hashes() / 2.0);
            assertThat(search.hashRate()).isEqualTo(handle.hashRate());
        }
    }

    @Test
    void workersAreNamedDaemonThreadsThatCloseEnds() {
        NonceSearch search = NonceSearch.withThreads(3);
        Set<Thread> workers = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("ccoin-pow-"))
                .collect(Collectors.toSet());
        SearchHandle running = search.start(prefix, ENDLESS);

        search.close();

        assertThat(workers).hasSize(3).allMatch(Thread::isDaemon).noneMatch(Thread::isAlive);
        assertThat(running.result()).isCancelled();
        assertThat(search.threads()).isEqualTo(3);
        assertThatThrownBy(() -> search.start(prefix, 8)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void engineNameSaysWhichEngineHashes() {
        try (NonceSearch search = new NonceSearch(1, HashEngine.JAVA_MIDSTATE, System::nanoTime)) {
            assertThat(search.engineName()).startsWith("java-midstate");
            assertThat(search.engine()).isEqualTo(HashEngine.JAVA_MIDSTATE);
        }
    }

    @Test
    void aSearchNeedsAtLeastOneThread() {
        assertThatThrownBy(() -> new NonceSearch(0, HashEngine.fastest(), System::nanoTime))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
