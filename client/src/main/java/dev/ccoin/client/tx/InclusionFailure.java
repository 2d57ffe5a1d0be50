package dev.ccoin.client.tx;

/** Why waiting for a transaction's inclusion ended without a {@link Receipt}. */
public enum InclusionFailure {
    /** Neither the chain nor the pool holds the transaction any more: dropped, or never admitted. */
    DROPPED,
    /** The deadline passed while the transaction was still in the pool. */
    TIMED_OUT
}
