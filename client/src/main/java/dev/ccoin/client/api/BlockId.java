package dev.ccoin.client.api;

import dev.ccoin.core.types.Hash32;
import java.util.Objects;

/**
 * Which block a call names, as the API's {@code {id}} and {@code ?block=} take it: a height, a block hash, or the
 * head ({@code latest}). Immutable.
 */
public final class BlockId {
    private static final BlockId LATEST = new BlockId("latest");

    private final String text;

    private BlockId(String text) {
        this.text = text;
    }

    /** The node's head, whatever it is when the node answers. */
    public static BlockId latest() {
        return LATEST;
    }

    public static BlockId height(long height) {
        if (height < 0) {
            throw new IllegalArgumentException("a height is at least 0, not " + height);
        }
        return new BlockId(Long.toString(height));
    }

    public static BlockId hash(Hash32 hash) {
        return new BlockId(hash.toHex());
    }

    /**
     * An id as a person typed it — a height, 64 hex digits or {@code latest} — passed to the node as it is (trimmed),
     * which refuses a malformed one with {@link ApiError#BAD_BLOCK_ID}.
     */
    public static BlockId parse(String text) {
        return new BlockId(Objects.requireNonNull(text, "text").trim());
    }

    /** The id as the API's path and query take it. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlockId other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
