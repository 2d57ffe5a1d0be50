/**
 * A running node: {@link dev.ccoin.node.Node} wires the chain, the pool, the miner and (later) the network and API
 * together, and {@link dev.ccoin.node.NodeScheduler} owns every thread they run on. Sub-packages hold the parts,
 * one feature each.
 */
package dev.ccoin.node;
