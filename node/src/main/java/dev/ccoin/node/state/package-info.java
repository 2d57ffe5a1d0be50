/**
 * The account state: committed state-tree nodes by hash in LevelDB ({@link dev.ccoin.node.state.StoredNodeStore}),
 * the nodes of uncommitted states held in memory over them ({@link dev.ccoin.node.state.HeldNodes}), when states are
 * committed ({@link dev.ccoin.node.state.StateCommitSettings}) and the flat index of the head's accounts
 * ({@link dev.ccoin.node.state.HeadAccounts}). Reads are thread-safe; writes are made by the chain thread only. May
 * import core and node.storage.
 */
package dev.ccoin.node.state;
