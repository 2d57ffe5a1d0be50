/**
 * The account state on disk: state-tree nodes by hash in LevelDB ({@link dev.ccoin.node.state.StoredNodeStore}) and
 * the flat index of the head's accounts ({@link dev.ccoin.node.state.HeadAccounts}). Reads are thread-safe; writes
 * join the chain's atomic batches and are made by the chain thread only. May import core and node.storage.
 */
package dev.ccoin.node.state;
