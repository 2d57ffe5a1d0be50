/**
 * The chain engine: {@link dev.ccoin.node.chain.Blockchain} imports blocks, keeps every valid branch, chooses the
 * head by fork choice and switches to it — state root, height index, transaction indexes and flat accounts — in one
 * atomic batch. One chain thread owns every write; readers on any thread see immutable
 * {@link dev.ccoin.node.chain.ChainHead} snapshots through {@link dev.ccoin.node.chain.ChainView}. May import core,
 * node.consensus, node.state and node.storage.
 */
package dev.ccoin.node.chain;
