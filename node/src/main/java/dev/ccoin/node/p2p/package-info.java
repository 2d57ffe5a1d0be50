/**
 * The peer-to-peer network of protocol §8, started beside a {@link dev.ccoin.node.Node} by
 * {@link dev.ccoin.node.p2p.P2pNetwork}: it listens, dials boot nodes and learnt peers, and wires connections to
 * gossip and sync. Sub-packages by feature: {@code messages} (the values), {@code framing} (bytes to messages),
 * {@code admission} (the proof of work before anything else on a connection),
 * {@code handshake} (identity), {@code peers} (connections, bans, dialling), {@code gossip} and {@code sync}. This
 * package may import all of them; they never import it. {@link dev.ccoin.node.p2p.P2pNetwork} is thread-safe.
 */
package dev.ccoin.node.p2p;
