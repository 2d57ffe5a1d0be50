/**
 * The parameters of a chain and its first block: strict parsing of {@code genesis.json}
 * ({@link dev.ccoin.core.chain.GenesisFile}), the canonical parameter encoding whose hash the genesis header carries,
 * and the deterministic genesis block ({@link dev.ccoin.core.chain.Genesis}). All values are immutable.
 */
package dev.ccoin.core.chain;
