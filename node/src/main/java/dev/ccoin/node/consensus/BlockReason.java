package dev.ccoin.node.consensus;

/**
 * Why a block is invalid (protocol §4, block validity rules 1–8); the name is what the log, the API and a peer's
 * {@code ERR} show. {@link #blamesSender()} tells the peer layer whether the block proves its sender misbehaved
 * (ban it) or may simply have arrived early (drop it, or sync).
 */
public enum BlockReason {
    /** Rule 1: the encoded block is over {@code block_mining.max_block_bytes}. */
    BLOCK_TOO_LARGE,
    /** Rule 1: more than {@code block_mining.max_bound} transactions. */
    TOO_MANY_TRANSACTIONS,
    /** Rule 1: the header's {@code data} is over 256 bytes. */
    DATA_TOO_LARGE,
    /** Rule 1: a header version other than 1. */
    WRONG_VERSION,
    /** Rule 1: sealed for another network. */
    WRONG_NETWORK,
    /** Rule 2: the header's difficulty is not {@code block_mining.difficulty}. */
    WRONG_DIFFICULTY,
    /** Rule 2: the block hash has fewer leading zero bits than the difficulty. */
    INSUFFICIENT_WORK,
    /** Rule 3: the miner is not one of the chain's authorities. */
    NOT_AN_AUTHORITY,
    /** Rule 3: the miner key's address is not the header's miner. */
    MINER_KEY_MISMATCH,
    /** Rule 3: the miner's signature over the seal hash does not verify. */
    BAD_SIGNATURE,
    /** Rule 4: the parent is not known here: an orphan, which makes a node sync rather than ban. */
    UNKNOWN_PARENT,
    /** Rule 4: the height is not the parent's + 1. */
    WRONG_HEIGHT,
    /** Rule 5: the timestamp is not after the parent's. */
    TIMESTAMP_NOT_AFTER_PARENT,
    /** Rule 5: the timestamp is more than 15 s ahead of the local clock; the block may become valid later. */
    TIMESTAMP_IN_FUTURE,
    /** Rule 6: the miner sealed one of the {@code floor(N/2)} blocks before this one. */
    SEALED_TOO_RECENTLY,
    /** Rule 7: no transactions, and the chain does not allow empty blocks. */
    EMPTY_BLOCK,
    /** Rule 8: the header's txRoot is not the root over the block's transactions. */
    TX_ROOT_MISMATCH,
    /** Rule 8: a transaction breaks a rule of protocol §3; the exception carries its {@code TxReason} and index. */
    INVALID_TRANSACTION,
    /** Rule 8: the reward would push the miner's balance past 2^63-1. */
    REWARD_OVERFLOW,
    /** Rule 8: the state after the transactions and the reward does not have the header's stateRoot. */
    STATE_ROOT_MISMATCH;

    /**
     * Whether the block proves its sender relayed something invalid. False for a block from the future (honest
     * clocks drift; it is dropped, not held against the sender) and for an orphan (the sender knows blocks this
     * node lacks; sync from it instead). Everything else a peer could have checked before relaying it.
     */
    public boolean blamesSender() {
        return this != TIMESTAMP_IN_FUTURE && this != UNKNOWN_PARENT;
    }
}
