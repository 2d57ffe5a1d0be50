package dev.ccoin.node.chain;

/** What importing one block did. */
public enum ImportStatus {
    /** Valid, and now the head (an extension or a reorg). */
    NEW_HEAD,
    /** Valid and stored, on a branch lighter than the head. */
    SIDE_BRANCH,
    /** Stored before; nothing done. */
    ALREADY_KNOWN,
    /** Its parent is unknown; kept in the orphan buffer until the parent arrives. */
    ORPHAN,
    /** Breaks a rule; not stored. */
    INVALID
}
