package dev.ccoin.bench.pow;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.pow.HashEngine;
import dev.ccoin.core.pow.NonceHasher;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One hashcash trial, {@code H(prefix || be64(nonce))} judged against a difficulty, per engine: the score in ops/s is
 * hashes per second, i.e. SHA-256 compressions per second. Run with {@code -t 1} and {@code -t 2} to see how the raw
 * compression scales over cores, without the search's coordination.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-opens=java.base/sun.security.provider=ALL-UNNAMED")
public class TrialBenchmark {
    @Param({"JDK_INTRINSIC", "JAVA_MIDSTATE", "MESSAGE_DIGEST"})
    public String engine;

    private NonceHasher hasher;
    private long nonce;

    @Setup
    public void setUp() {
        hasher = HashEngine.valueOf(engine).newHasher();
        hasher.setPrefix(Sha256.hash(Thread.currentThread().getName().getBytes()));
    }

    @Benchmark
    public boolean trial() {
        return hasher.meets(nonce++, 32);
    }
}
