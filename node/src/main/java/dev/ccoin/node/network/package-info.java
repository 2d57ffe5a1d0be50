/**
 * The boundary between the node and its peer-to-peer network. What the rest of the node (the API, status, metrics)
 * may know of the network: connected peers, the sync state and the traffic counters, through {@link dev.ccoin.node.network.NetworkView};
 * and what the network may use of the node: {@link dev.ccoin.node.network.BlockIntake} for sync,
 * {@link dev.ccoin.node.network.NodeIntake} for gossip. Imports the chain's read types and the pool's; immutable
 * values, and interfaces whose implementations are thread-safe.
 */
package dev.ccoin.node.network;
