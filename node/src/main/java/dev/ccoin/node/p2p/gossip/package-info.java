/**
 * Gossip (protocol §8): new valid blocks go to every peer that has not sent or been sent them; transactions are
 * announced by hash in batches and their bodies fetched, each body of one peer, so it crosses each connection at
 * most once; blocks and transactions from peers go to the node's {@link dev.ccoin.node.network.NodeIntake} (never
 * imported here), and what the node makes of them decides the sender's fate — banned for something invalid it could
 * have checked or a body it did not announce, dropped for a request it leaves unanswered, asked for its head (and so
 * synced from) for an orphan. Imports the chain's read types, the network boundary, the pool's values, peers and
 * messages. Thread-safe: the announcement batches and fetches are confined to one fetch thread, the rest lives in the
 * peers' own known-hash sets.
 */
package dev.ccoin.node.p2p.gossip;
