package dev.ccoin.core.pow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.types.Hash32;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/** A search gone wrong spins forever; the separate-thread timeout fails it instead of hanging the build. */
@Timeout(value = 120, threadMode = ThreadMode.SEPARATE_THREAD)
class SearchHandleTest {
    private final Hash32 prefix = Sha256.hash("handle".getBytes());
    private final LongAdder allHashes = new LongAdder();

    @Test
    void searchPastTheLastNonceFailsWithNoSuchElement() {
        SearchHandle handle = new SearchHandle(prefix, Hashcash.MAX_BITS, System::nanoTime, allHashes,
                SearchHandle.LAST_CHUNK);

        handle.work(HashEngine.fastest().newHasher());

        assertThat(handle.result()).isCompletedExceptionally();
        assertThat(handle.result().handle((nonce, failure) -> failure)).isCompletedWithValueMatching(
                failure -> failure instanceof NoSuchElementException && failure.getMessage().contains("2^63-1"));
        assertThat(handle.hashes()).isEqualTo(SearchHandle.CHUNK);
        assertThat(handle.stopped()).isDone();
    }

    @Test
    void aNonceInTheLastChunkIsFoundUpToTwoToTheSixtyThreeMinusOne() {
        SearchHandle handle = new SearchHandle(prefix, 1, System::nanoTime, allHashes, SearchHandle.LAST_CHUNK);

        handle.work(HashEngine.fastest().newHasher());

        assertThat(handle.result().join()).isBetween(Long.MAX_VALUE - (SearchHandle.CHUNK - 1), Long.MAX_VALUE);
        assertThat(Hashcash.meets(prefix, handle.result().join(), 1)).isTrue();
    }

    @Test
    void aSearchCancelledBeforeAnyWorkerCameIsStoppedAtOnce() {
        SearchHandle handle = new SearchHandle(prefix, 8, System::nanoTime, allHashes, 0);

        handle.cancel();
        handle.work(HashEngine.fastest().newHasher());

        assertThat(handle.stopped()).isDone();
        assertThat(handle.hashes()).isZero();
        assertThat(handle.result()).isCancelled();
    }
}
