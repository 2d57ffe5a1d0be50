package dev.ccoin.node.txpool;

/** Why the pool refused a transaction; the name is what the API, the log and a peer see. */
public enum PoolReason {
    /** The pool already holds a transaction with this hash. */
    ALREADY_KNOWN,
    /** The pool already holds a different transaction from the same sender with the same nonce. */
    NONCE_TAKEN,
    /** The nonce is below the sender's nonce in the head state: it was used already. */
    NONCE_TOO_LOW,
    /**
     * The nonce is more than 64 past the sender's next nonce, or the sender already has 64 queued: stops one key from
     * filling the pool with transactions that cannot run.
     */
    NONCE_TOO_FAR_IN_FUTURE,
    /** The pool is at capacity with executable transactions only, so there is no queued one to evict. */
    POOL_FULL,
    /** The sender's balance cannot pay this transaction after the sender's executable ones before it. */
    INSUFFICIENT_BALANCE,
    /** The transaction breaks a rule of protocol §3; {@link Admission#invalidReason()} says which. */
    INVALID
}
