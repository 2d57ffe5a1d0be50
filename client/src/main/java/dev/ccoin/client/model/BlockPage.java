package dev.ccoin.client.model;

import java.util.List;
import java.util.OptionalLong;

/**
 * {@code GET /blocks}: canonical blocks without their transactions, in the order asked for, and the {@code from} of
 * the next page (null after the last). Immutable.
 */
public record BlockPage(List<Block> blocks, Long nextFrom) {
    public BlockPage {
        blocks = List.copyOf(blocks);
    }

    /** Where the next page starts; empty after the last page. */
    public OptionalLong next() {
        return nextFrom == null ? OptionalLong.empty() : OptionalLong.of(nextFrom);
    }
}
