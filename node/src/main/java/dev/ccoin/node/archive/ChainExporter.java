package dev.ccoin.node.archive;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.chain.ChainView;
import dev.ccoin.node.storage.StorageError;
import dev.ccoin.node.storage.StorageException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.LongSupplier;

/**
 * Writes the canonical chain, genesis to the head as it stood when the export began, as concatenated block wire
 * values. The result is what {@link ChainImporter} and any other implementation read.
 */
public final class ChainExporter {
    private final ChainView chain;
    private final LongSupplier nanoTime;

    public ChainExporter(ChainView chain, LongSupplier nanoTime) {
        this.chain = chain;
        this.nanoTime = nanoTime;
    }

    /** Exports and returns the head that the export ends at. */
    public ChainHead export(OutputStream out, Progress progress) {
        ChainHead head = chain.head();
        long total = head.height() + 1;
        ProgressClock clock = new ProgressClock(nanoTime);
        try {
            for (long height = 0; height <= head.height(); height++) {
                Block block = height == head.height() ? head.block() : canonical(height);
                out.write(block.encode());
                if (clock.due()) {
                    progress.report(height + 1, total, (height + 1) / (double) total, clock.rate(height + 1));
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
        }
        progress.report(total, total, 1.0, clock.rate(total));
        return head;
    }

    private Block canonical(long height) {
        return chain.blockAt(height).orElseThrow(() -> new StorageException(StorageError.CORRUPT,
                "the canonical chain has no block at height " + height));
    }
}
