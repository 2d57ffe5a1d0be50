/**
 * What the rest of the node (the API, status, metrics) may know of the peer-to-peer network: connected peers and
 * the sync state, through {@link dev.ccoin.node.network.NetworkView}. Immutable values; implementations are
 * thread-safe.
 */
package dev.ccoin.node.network;
