/**
 * Hashcash proof of work (protocol §1, §4, §6): {@link dev.ccoin.core.pow.Hashcash} checks a nonce and finds the smallest
 * one on the calling thread, {@link dev.ccoin.core.pow.NonceSearch} searches on worker threads it owns (the only
 * threads {@code core} starts; a node hands it the factory that makes them), and {@link dev.ccoin.core.pow.HashEngine}
 * picks how each one-block SHA-256 trial is computed. Imports only {@code core.types}, {@code core.crypto} and the JDK.
 * {@code Hashcash}, {@code HashEngine}, {@code NonceSearch} and {@code SearchHandle} are thread-safe; a
 * {@link dev.ccoin.core.pow.NonceHasher} belongs to one thread.
 */
package dev.ccoin.core.pow;
