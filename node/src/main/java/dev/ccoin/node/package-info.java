/**
 * A running node: {@link dev.ccoin.node.Node} wires the chain, the pool and the miner together, and the P2P network
 * ({@code p2p}), the discovery client and the HTTP API ({@code api}) are started beside it on the same node.
 * {@link dev.ccoin.node.NodeScheduler}, made where a node is wired and handed to {@code Node.start}, creates and stops
 * every thread they run on. Sub-packages hold the parts, one feature each; this package imports only core and the
 * chain, config, mining and txpool parts. {@code Node} and {@code NodeScheduler} are thread-safe.
 */
package dev.ccoin.node;
