/**
 * The light-client endpoints of protocol §10.1: sealed headers by the page, account proofs against a block's state
 * root (JSON, or msgpack on request) and transaction branches to a block's txRoot. Handlers read the chain view
 * and the content-addressed state-tree nodes on the API's own threads, never the chain thread's. May import core,
 * {@code node.chain}, {@code node.api.http} and {@code node.api.chain}; thread-safe.
 */
package dev.ccoin.node.api.proofs;
