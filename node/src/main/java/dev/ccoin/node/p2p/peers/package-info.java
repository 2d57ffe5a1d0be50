/**
 * Connections and the peers behind them: one {@link dev.ccoin.node.p2p.peers.Connection} per socket with a reader
 * thread (a dial's admission answer, TLS 1.3, the {@code HEY} exchange, then decode and hand over) and a writer thread draining a bounded
 * {@link dev.ccoin.node.p2p.peers.OutboundQueue}; the {@link dev.ccoin.node.p2p.peers.PeerTable} of handshaken
 * peers; the {@link dev.ccoin.node.p2p.peers.BanList}; dial {@link dev.ccoin.node.p2p.peers.Candidates} with
 * backoff; and the periodic {@link dev.ccoin.node.p2p.peers.PeerMaintenance}. Imports admission (a dialled
 * connection answers the responder's puzzle), framing, handshake, tls, the messages and consensus' fork choice (to
 * rank a peer's head), never gossip or sync, which reach peers through {@link dev.ccoin.node.p2p.peers.PeerEvents}.
 * Every public type here is thread-safe; each names the owner of its mutable state.
 */
package dev.ccoin.node.p2p.peers;
