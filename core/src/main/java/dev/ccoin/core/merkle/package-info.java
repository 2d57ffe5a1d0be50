/**
 * The two Merkle trees of the spec (§4): {@link dev.ccoin.core.merkle.TxRoot}, the binary tree over a block's
 * transaction ids, with the {@link dev.ccoin.core.merkle.TxBranch} from one
 * transaction up to it, and {@link dev.ccoin.core.merkle.StateTree}, the compressed sparse Merkle tree over all accounts,
 * with its stored nodes, the {@link dev.ccoin.core.merkle.NodeStore} they live in, and account proofs.
 * Imports only {@code core.types}, {@code core.codec}, {@code core.crypto} and {@code core.state}; does no I/O.
 * Values are immutable; {@code StateTree} is as thread-safe as the store it is given.
 */
package dev.ccoin.core.merkle;
