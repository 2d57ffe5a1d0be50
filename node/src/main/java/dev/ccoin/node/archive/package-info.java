/**
 * Export and import of a canonical chain as concatenated block wire values (a MessagePack stream, protocol §11).
 * Import validates every block exactly as if a peer had sent it. Both run on the caller's thread, which must be
 * the chain's owner for the run. May import core, node.chain,
 * node.consensus and node.storage's {@code Durability}.
 */
package dev.ccoin.node.archive;
