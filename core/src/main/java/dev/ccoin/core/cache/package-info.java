/**
 * Bounded, thread-safe caches for values that are pure functions of their key (decoded keys, state-tree nodes named
 * by their hash, signatures known to verify), where a forgotten entry costs only its recomputation. Imports nothing
 * outside the JDK.
 */
package dev.ccoin.core.cache;
