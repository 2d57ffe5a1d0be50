/**
 * Who a peer is: this node's {@link dev.ccoin.node.p2p.handshake.NodeKey} (its node id is the key's address), and
 * the {@code HEY} exchange inside TLS that checks the peer names the key its certificate proved and is on our chain.
 * Imports core crypto, the message values and framing. {@link dev.ccoin.node.p2p.handshake.Handshake} runs on one
 * connection's reader thread; the other types are immutable.
 */
package dev.ccoin.node.p2p.handshake;
