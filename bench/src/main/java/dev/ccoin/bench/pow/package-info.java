/**
 * JMH benchmarks of the hashcash proof of work: {@link dev.ccoin.bench.pow.TrialBenchmark} times one trial (one
 * SHA-256 compression) per engine, {@link dev.ccoin.bench.pow.NonceSearchBenchmark} the whole multi-threaded search.
 * Imports {@code dev.ccoin.core.pow} and JMH. Benchmark state is per JMH thread or per trial, as JMH arranges.
 */
package dev.ccoin.bench.pow;
