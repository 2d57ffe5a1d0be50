/**
 * TLS 1.3 between peers (protocol §8 step 2): the node's self-signed certificate made at start from its node key,
 * the trust rule that accepts exactly one self-signed certificate whose signature verifies, and the node id of the
 * peer's certificate. Imports core crypto and types, the handshake's {@code NodeKey}, the JDK's JSSE and Bouncy
 * Castle's certificate builder. Every type is immutable and thread-safe; one {@link dev.ccoin.node.p2p.tls.PeerTls}
 * serves all connections of a node.
 */
package dev.ccoin.node.p2p.tls;
