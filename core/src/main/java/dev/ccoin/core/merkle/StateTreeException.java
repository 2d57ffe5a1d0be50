package dev.ccoin.core.merkle;

import dev.ccoin.core.types.Hash32;

/**
 * The state tree's node store does not hold a readable tree under the requested root. This is a storage fault
 * or a caller asking for a root it never kept, never a consensus rule violation.
 */
public final class StateTreeException extends RuntimeException {
    private final TreeError reason;
    private final transient Hash32 node;

    public StateTreeException(TreeError reason, Hash32 node, String message) {
        super(reason + ": " + message);
        this.reason = reason;
        this.node = node;
    }

    public TreeError reason() {
        return reason;
    }

    /** The node that was missing or malformed. */
    public Hash32 node() {
        return node;
    }
}
