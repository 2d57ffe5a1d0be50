package dev.ccoin.node.archive;

/** Why an import stopped before the end of its input. */
public enum ImportError {
    /** The input does not decode as a block stream. */
    MALFORMED,
    /** The first block is not this data dir's genesis. */
    WRONG_GENESIS,
    /** A block whose parent is neither in the chain nor earlier in the input. */
    DOES_NOT_CONNECT,
    /** A block broke a consensus rule; the block reason is in the message. */
    INVALID_BLOCK
}
