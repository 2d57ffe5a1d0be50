/**
 * Consensus (spec §4): the block validity rules, one small class per rule assembled by
 * {@link dev.ccoin.node.consensus.BlockValidator} and run cheapest first, each failing with an
 * {@link dev.ccoin.node.consensus.InvalidBlockException} and its {@link dev.ccoin.node.consensus.BlockReason}; the
 * authority {@link dev.ccoin.node.consensus.Schedule} and block weight; and
 * {@link dev.ccoin.node.consensus.ForkChoice}. Imports core and {@code node.chain}'s read types only; does no I/O
 * and never logs (callers log what they catch). Every type here is immutable or thread-safe.
 */
package dev.ccoin.node.consensus;
