package dev.ccoin.node.p2p.sync;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.chain.ChainView;
import dev.ccoin.node.p2p.messages.BlocksPage;
import dev.ccoin.node.p2p.messages.BlocksRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers {@code RBL}: finds the first (newest) locator hash on our best chain and returns the canonical blocks
 * after it, at most the asked number (capped at 128) and at most 4 MiB, though always at least one block when there
 * is one. A locator that shares nothing with our chain gets an empty page. If a reorg moves the canonical chain
 * while the page is read, the page stops where the blocks stop following each other. Stateless over a thread-safe
 * chain view: it runs on the asking peer's reader thread.
 */
public final class BlockServer {
    private final ChainView chain;
    private final int maxPageBytes;

    public BlockServer(ChainView chain) {
        this(chain, BlocksPage.MAX_PAGE_BYTES);
    }

    /** A server with another page budget (tests use a small one). */
    public BlockServer(ChainView chain, int maxPageBytes) {
        this.chain = chain;
        this.maxPageBytes = maxPageBytes;
    }

    public BlocksPage page(BlocksRequest request) {
        int max = request.effectiveMax();
        Optional<Block> fork = forkPoint(request.locator());
        if (max == 0 || fork.isEmpty()) {
            return new BlocksPage(List.of());
        }
        List<Block> blocks = new ArrayList<>();
        long bytes = 0;
        Hash32 previous = fork.get().hash();
        for (long height = fork.get().height() + 1; blocks.size() < max; height++) {
            Optional<Block> next = chain.blockAt(height);
            if (next.isEmpty() || !next.get().header().parentHash().equals(previous)) {
                break;
            }
            int size = next.get().encodedSize();
            if (!blocks.isEmpty() && bytes + size > maxPageBytes) {
                break;
            }
            blocks.add(next.get());
            bytes += size;
            previous = next.get().hash();
        }
        return new BlocksPage(blocks);
    }

    private Optional<Block> forkPoint(List<Hash32> locator) {
        for (Hash32 hash : locator) {
            Optional<Block> block = chain.block(hash);
            if (block.isPresent() && chain.blockAt(block.get().height())
                    .map(canonical -> canonical.hash().equals(hash)).orElse(false)) {
                return block;
            }
        }
        return Optional.empty();
    }
}
