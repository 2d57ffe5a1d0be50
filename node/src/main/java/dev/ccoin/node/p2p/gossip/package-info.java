/**
 * Gossip (protocol §8): new valid blocks and admitted transactions go to every peer that has not sent or been sent
 * them; blocks and transactions from peers go to the node's {@link dev.ccoin.node.network.NodeIntake} (never
 * imported here), and what the node makes of them decides the sender's fate — banned for something invalid it could
 * have checked, asked for its head (and so synced from) for an orphan. Imports the chain's read types, the network
 * boundary, the pool's values, peers and messages. Thread-safe: state lives in the peers' own known-hash sets.
 */
package dev.ccoin.node.p2p.gossip;
