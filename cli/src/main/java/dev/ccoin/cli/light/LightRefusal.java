package dev.ccoin.cli.light;

import dev.ccoin.node.consensus.BlockReason;

/**
 * Why the light client refuses what it was served; the name is the reason printed with exit code 1. Header reasons
 * are the node's own block reasons for the rules a header can be held to (protocol §4 rules 1–6).
 */
public enum LightRefusal {
    /** Rule 1: a header version other than 1. */
    HEADER_VERSION,
    /** Rule 1: a header of another network. */
    HEADER_NETWORK,
    /** Rule 1: the header's data is over 256 bytes. */
    HEADER_DATA,
    /** Rule 2: the difficulty is not the chain's. */
    HEADER_DIFFICULTY,
    /** Rule 2: the hash does not meet the difficulty. */
    HEADER_WORK,
    /** Rule 3: the miner is not an authority. */
    HEADER_AUTHORITY,
    /** Rule 3: the miner key is not the miner's. */
    HEADER_MINER_KEY,
    /** Rule 3: the seal signature does not verify. */
    HEADER_SIGNATURE,
    /** Rule 4: the header does not name the header before it as its parent. */
    HEADER_PARENT,
    /** Rule 4: the height is not the parent's + 1. */
    HEADER_HEIGHT,
    /** Rule 5: the timestamp is not after the parent's. */
    HEADER_TIMESTAMP,
    /** Rule 5: the timestamp is more than 15 s ahead of the local clock. */
    HEADER_FUTURE,
    /** Rule 6: the miner sealed one of the floor(N/2) blocks before. */
    HEADER_RECENCY,
    /** The node's genesis is not the one of the genesis file. */
    GENESIS_MISMATCH,
    /** A header page that does not decode, or does not start at the height asked for. */
    HEADERS_MALFORMED,
    /** The node served fewer headers than the head it reports. */
    HEADERS_TRUNCATED,
    /** The block a proof is for is not on the heaviest valid chain. */
    NOT_CANONICAL,
    /** The answer is about another block than the one asked for. */
    WRONG_BLOCK,
    /** The proof does not hash up to the root in the verified header. */
    PROOF_ROOT_MISMATCH,
    /** The proof ends at a leaf off the address's path. */
    PROOF_PATH_MISMATCH,
    /** The proof or the answer around it is not well formed. */
    PROOF_MALFORMED,
    /** The answer's account is not the account the proof proves. */
    ACCOUNT_MISMATCH,
    /** The answer's transaction is not the one asked for. */
    TRANSACTION_MISMATCH,
    /** No node asked could give a proof for the block. */
    PROOF_UNAVAILABLE,
    /** The header store holds the chain of another genesis. */
    STORE_OTHER_CHAIN;

    /** The refusal of a header that breaks {@code reason}. */
    static LightRefusal of(BlockReason reason) {
        return switch (reason) {
            case WRONG_VERSION -> HEADER_VERSION;
            case WRONG_NETWORK -> HEADER_NETWORK;
            case DATA_TOO_LARGE -> HEADER_DATA;
            case WRONG_DIFFICULTY -> HEADER_DIFFICULTY;
            case INSUFFICIENT_WORK -> HEADER_WORK;
            case NOT_AN_AUTHORITY -> HEADER_AUTHORITY;
            case MINER_KEY_MISMATCH -> HEADER_MINER_KEY;
            case BAD_SIGNATURE -> HEADER_SIGNATURE;
            case UNKNOWN_PARENT -> HEADER_PARENT;
            case WRONG_HEIGHT -> HEADER_HEIGHT;
            case TIMESTAMP_NOT_AFTER_PARENT -> HEADER_TIMESTAMP;
            case TIMESTAMP_IN_FUTURE -> HEADER_FUTURE;
            case SEALED_TOO_RECENTLY -> HEADER_RECENCY;
            // Rules on the body: a header never breaks them.
            case BLOCK_TOO_LARGE, TOO_MANY_TRANSACTIONS, EMPTY_BLOCK, TX_ROOT_MISMATCH, INVALID_TRANSACTION,
                    REWARD_OVERFLOW, STATE_ROOT_MISMATCH -> throw new IllegalArgumentException(
                            reason + " is not a header rule");
        };
    }
}
