/**
 * The import benchmark, {@link dev.ccoin.bench.chain.ImportBench}: chains of signed blocks are generated outside the
 * timing, then imported through {@code LocalChain} into fresh LevelDB data dirs, to measure transactions per second
 * against the single-core RSASSA-PSS verify rate and the cost per block as the history grows. Imports {@code core},
 * {@code node.chain}, {@code node.storage} and the core test fixtures; no other module. The drivers are
 * single-threaded; the generators sign on a {@link dev.ccoin.bench.chain.SigningPool} they are given.
 */
package dev.ccoin.bench.chain;
