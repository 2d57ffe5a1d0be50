package dev.ccoin.node.txpool;

/** Where an admitted transaction sits in its sender's queue. */
enum Slot {
    /** Continues the sender's chain of consecutive nonces from the state's nonce, and the balance covers it. */
    EXECUTABLE,
    /** Waits for a missing nonce (or for funds) before it can run. */
    QUEUED
}
