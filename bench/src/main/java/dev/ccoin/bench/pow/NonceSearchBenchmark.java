package dev.ccoin.bench.pow;

import dev.ccoin.core.pow.HashEngine;
import dev.ccoin.core.pow.NonceSearch;
import dev.ccoin.core.pow.SearchHandle;
import dev.ccoin.core.types.Hash32;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole nonce search as a miner runs it: {@link NonceSearch} with {@code threads} workers solves one random prefix
 * at {@code bits} per operation, waiting until every worker has stopped. The {@code hashes} counter, in ops/s, is the
 * search's hash rate including its start, stop and the chunks finished after a find; {@code solve} is solves per
 * second. Engine {@code fastest} is what the node would pick on this JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "--add-opens=java.base/sun.security.provider=ALL-UNNAMED")
@Threads(1)
public class NonceSearchBenchmark {
    @Param({"1", "2"})
    public int threads;

    @Param({"fastest"})
    public String engine;

    @Param({"22"})
    public int bits;

    private NonceSearch search;
    private SplittableRandom random;

    /** Hashes tried, reported by JMH per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Hashes {
        public long hashes;

        @Setup(Level.Iteration)
        public void reset() {
            hashes = 0;
        }
    }

    @Setup
    public void setUp() {
        HashEngine chosen = "fastest".equals(engine) ? HashEngine.fastest() : HashEngine.valueOf(engine);
        search = new NonceSearch(threads, chosen, System::nanoTime);
        random = new SplittableRandom(42);
    }

    @TearDown
    public void tearDown() {
        search.close();
    }

    @Benchmark
    public long solve(Hashes counter) {
        byte[] prefix = new byte[Hash32.LENGTH];
        random.nextBytes(prefix);
        SearchHandle handle = search.start(Hash32.of(prefix), bits);
        long nonce = handle.result().join();
        handle.stopped().join();
        counter.hashes += handle.hashes();
        return nonce;
    }
}
