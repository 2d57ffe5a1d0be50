/**
 * Catching up with peers that have more work (spec §8): {@link dev.ccoin.node.p2p.sync.Locator} describes where
 * this node stands, {@link dev.ccoin.node.p2p.sync.BlockServer} answers other nodes' {@code RBL} from our best
 * chain, and {@link dev.ccoin.node.p2p.sync.Synchronizer} asks the peer with the most work for pages of blocks and
 * hands them to the node in order. Imports the node facade, peers and messages. The synchroniser's state belongs to
 * its own sync thread; the other types are stateless.
 */
package dev.ccoin.node.p2p.sync;
