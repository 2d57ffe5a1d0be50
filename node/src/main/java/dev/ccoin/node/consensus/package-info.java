/**
 * Consensus (protocol §4) apart from the block rules: the authority {@link dev.ccoin.node.consensus.Schedule} and block
 * weight, {@link dev.ccoin.node.consensus.ForkChoice} over {@link dev.ccoin.node.consensus.ChainWeight}s, the state
 * transition of a block, the reason codes a rule fails with ({@link dev.ccoin.node.consensus.BlockReason},
 * {@link dev.ccoin.node.consensus.InvalidBlockException}), the {@link dev.ccoin.node.consensus.ParentContext} the
 * parent rules read, the signature cache and the {@link dev.ccoin.node.consensus.Preverifier}. Imports core only
 * (the rules in {@code consensus.rules} import this package, never the other way); does no I/O and never logs.
 * Every type here is immutable or thread-safe.
 */
package dev.ccoin.node.consensus;
