/**
 * Block production by an authority (protocol §6): {@link dev.ccoin.node.mining.MiningPolicy} decides when to seal,
 * {@link dev.ccoin.node.mining.CandidateBuilder} assembles a block on the head without writing anything,
 * {@link dev.ccoin.node.mining.Sealer} signs it and runs the nonce search, and {@link dev.ccoin.node.mining.Miner}
 * loops on the miner thread it is given and hands sealed blocks to the node. May import core, node.chain,
 * node.consensus (the schedule only) and node.txpool (the {@code PendingTransactions} view only). The values are
 * immutable; the policy and the builder belong to the miner thread; {@code Miner}'s public methods are thread-safe.
 */
package dev.ccoin.node.mining;
