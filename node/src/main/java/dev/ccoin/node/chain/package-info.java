/**
 * The chain engine: {@link dev.ccoin.node.chain.Blockchain} takes each block one way — its stored parent, the block
 * rules and the execution against the parent's state, fork choice, then one {@code ChainWriter} batch that stores the
 * block and, when it wins, switches the head (state root, height index, transaction indexes, flat accounts), then
 * {@code StateCommits}, which holds the block's state in memory and commits, prunes and re-executes states — and
 * tells its listeners last; every valid branch is kept. One chain thread owns every write; readers on any thread
 * see immutable {@link dev.ccoin.node.chain.ChainHead} snapshots through {@link dev.ccoin.node.chain.ChainView}. May
 * import core, node.consensus (and its rules), node.state and node.storage.
 */
package dev.ccoin.node.chain;
