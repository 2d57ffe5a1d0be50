/**
 * Blocks (protocol §4): the header and its seal hash, the sealed block with miner key, signature, hashcash nonce and
 * transactions, the sealed header a light client checks (the block without its transactions), their canonical wire
 * form, and the deterministic genesis block of a chain's parameters ({@link dev.ccoin.core.block.Genesis}). Values
 * are immutable and thread-safe; hashes are computed once.
 * Consensus rules over blocks live in the node's consensus package.
 */
package dev.ccoin.core.block;
