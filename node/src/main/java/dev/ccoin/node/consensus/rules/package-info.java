/**
 * The block validity rules (protocol §4), one small class per rule as Besu's {@code headervalidationrules}: a
 * {@link dev.ccoin.node.consensus.rules.BlockRule} needs only the block, a
 * {@link dev.ccoin.node.consensus.rules.ParentRule} its parent too; {@link dev.ccoin.node.consensus.rules.BlockValidator}
 * assembles them and runs them cheapest first, each failing with an {@code InvalidBlockException} and its
 * {@code BlockReason}. Imports core and {@code node.consensus}; does no I/O and never logs. The rules are immutable
 * and thread-safe.
 */
package dev.ccoin.node.consensus.rules;
