package dev.ccoin.core.chain;

/** Fixed limits of the protocol that are not chain parameters. */
public final class BlockLimits {
    /** The longest {@code data} of a block header (block rule 1). */
    public static final int MAX_DATA_BYTES = 256;
    /** The largest frame a peer may send, and so the largest block or transaction any decoder accepts. */
    public static final int MAX_FRAME_BYTES = 8 * 1024 * 1024;
    /** The only block version of protocol v1. */
    public static final int VERSION = 1;

    private BlockLimits() {
    }
}
