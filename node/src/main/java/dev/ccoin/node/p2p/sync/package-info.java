/**
 * Catching up with peers whose head fork choice prefers to ours (protocol §8): {@link dev.ccoin.node.p2p.sync.Locator}
 * describes where this node stands, {@link dev.ccoin.node.p2p.sync.BlockServer} answers other nodes' {@code RBL}
 * from our best chain, and {@link dev.ccoin.node.p2p.sync.Synchronizer} asks the peer with the best head for pages
 * of blocks and hands them to the node's {@link dev.ccoin.node.network.BlockIntake} in order. Imports the chain's
 * read types, consensus' fork choice, the network boundary, peers and messages. The synchroniser's state belongs to
 * its own sync thread; the other types are stateless.
 */
package dev.ccoin.node.p2p.sync;
