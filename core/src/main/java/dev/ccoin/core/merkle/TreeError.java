package dev.ccoin.core.merkle;

/** Why the state tree could not be read or updated from its node store. */
public enum TreeError {
    /** A root or child hash has no node in the store: an unknown root, or a store that lost nodes. */
    MISSING_NODE,
    /** The stored nodes do not form a valid tree, e.g. branches deeper than the 256 bits of a path. */
    CORRUPT
}
