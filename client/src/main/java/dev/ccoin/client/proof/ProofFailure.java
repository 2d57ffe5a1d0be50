package dev.ccoin.client.proof;

/** Why a node's proof does not prove what its answer states. */
public enum ProofFailure {
    /** The proof hashes to another root than the trusted one (or the answer claims another root). */
    ROOT_MISMATCH,
    /** The proof's path does not lead to the address it is about. */
    PATH_MISMATCH,
    /** The proof does not have the shape of one (depth, index, an empty leaf, undecodable bytes). */
    MALFORMED,
    /** The account the answer states is not the one its proof proves. */
    ACCOUNT_MISMATCH,
    /** The answer is about another transaction than the one asked for. */
    TRANSACTION_MISMATCH,
    /** The answer is about another block than the trusted one. */
    WRONG_BLOCK
}
