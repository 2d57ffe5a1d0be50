/**
 * The parameters of a chain: strict parsing of {@code genesis.json} text ({@link dev.ccoin.core.chain.GenesisFile}),
 * the canonical parameter encoding whose hash the genesis header carries, and the protocol's fixed
 * {@link dev.ccoin.core.chain.BlockLimits}. Imports core's codec, crypto, state and types only, never blocks or
 * transactions (they depend on it). All values are immutable.
 */
package dev.ccoin.core.chain;
