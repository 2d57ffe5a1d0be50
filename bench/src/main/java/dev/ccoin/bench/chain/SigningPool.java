package dev.ccoin.bench.chain;

import dev.ccoin.core.crypto.RsaKeys;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The threads that generate benchmark chains: RSA key generation and signing, the expensive part of making a valid
 * block, spread over all cores. Used only outside the timed sections, so it never competes with an import being
 * measured. Thread-safe; {@link #close()} stops the threads.
 */
final class SigningPool implements AutoCloseable {
    private final ForkJoinPool pool;

    SigningPool(int threads) {
        this.pool = new ForkJoinPool(threads);
    }

    /** {@code f(0) .. f(count-1)}, computed in parallel, in index order. */
    <T> List<T> map(int count, IntFunction<T> f) {
        return pool.submit(() -> IntStream.range(0, count).parallel().mapToObj(f).toList()).join();
    }

    /** {@code count} fresh 2048-bit key pairs. */
    List<KeyPair> keys(int count) {
        SecureRandom random = new SecureRandom();
        return map(count, i -> RsaKeys.generate(RsaKeys.DEFAULT_BITS, random));
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
