package dev.ccoin.node.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.consensus.InvalidBlockException;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of importing a block: its status, the rule it broke if invalid, and the orphans its arrival
 * connected (in import order).
 */
public record ImportResult(Block block, ImportStatus status, Optional<InvalidBlockException> failure,
                           List<ImportResult> connectedOrphans) {
    public ImportResult {
        connectedOrphans = List.copyOf(connectedOrphans);
    }

    static ImportResult of(Block block, ImportStatus status) {
        return new ImportResult(block, status, Optional.empty(), List.of());
    }

    static ImportResult invalid(Block block, InvalidBlockException failure) {
        return new ImportResult(block, ImportStatus.INVALID, Optional.of(failure), List.of());
    }

    ImportResult withConnected(List<ImportResult> connected) {
        return new ImportResult(block, status, failure, connected);
    }

    public boolean isValid() {
        return status != ImportStatus.INVALID;
    }
}
