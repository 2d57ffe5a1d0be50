package dev.ccoin.node.api.chain;

import java.util.List;

/**
 * {@code GET /blocks}: canonical headers in the order asked for, and the {@code from} of the next page (null after
 * the last one). Immutable.
 */
public record BlockPage(List<BlockView> blocks, Long nextFrom) {
    public BlockPage {
        blocks = List.copyOf(blocks);
    }
}
