package dev.ccoin.node.archive;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.node.chain.Blockchain;
import dev.ccoin.node.chain.ImportResult;
import dev.ccoin.node.chain.ImportStatus;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Reads a block stream (genesis first) into a chain, validating every block as if a peer had sent it, and stops at
 * the first bad one with its height and reason, keeping everything before it. Blocks already known are skipped, so
 * an interrupted import can simply be run again.
 */
public final class ChainImporter {
    private final Blockchain chain;
    private final LongSupplier nanoTime;

    public ChainImporter(Blockchain chain, LongSupplier nanoTime) {
        this.chain = chain;
        this.nanoTime = nanoTime;
    }

    /** Summary of a finished import. */
    public record Summary(long blocks, long newBlocks, double blocksPerSecond) {
    }

    /**
     * @param totalBytes the input's size, for progress, or -1 when unknown
     */
    public Summary importFrom(InputStream in, long totalBytes, Progress progress) {
        ProgressClock clock = new ProgressClock(nanoTime);
        long blocks = 0;
        long added = 0;
        try (CanonicalReader reader = CanonicalReader.of(in)) {
            while (reader.hasNext()) {
                Block block = read(reader, blocks);
                if (blocks == 0) {
                    checkGenesis(block);
                } else if (accept(block, blocks)) {
                    added++;
                }
                blocks++;
                if (clock.due()) {
                    progress.report(blocks, -1, totalBytes > 0 ? reader.position() / (double) totalBytes : -1,
                            clock.rate(blocks));
                }
            }
        }
        double rate = clock.rate(blocks);
        progress.report(blocks, blocks, 1.0, rate);
        return new Summary(blocks, added, rate);
    }

    private static Block read(CanonicalReader reader, long index) {
        try {
            return Block.read(reader);
        } catch (DecodeException | IllegalArgumentException e) {
            throw new ImportFailedException(ImportError.MALFORMED, index,
                    "block " + index + " of the input does not decode: " + e.getMessage());
        }
    }

    private void checkGenesis(Block block) {
        Block genesis = chain.blockAt(0).orElseThrow();
        if (!block.hash().equals(genesis.hash())) {
            throw new ImportFailedException(ImportError.WRONG_GENESIS, 0, "the input starts with "
                    + block.hash() + ", this data dir's genesis is " + genesis.hash());
        }
    }

    private boolean accept(Block block, long imported) {
        ImportResult result = chain.importBlock(block);
        if (result.status() == ImportStatus.INVALID) {
            throw new ImportFailedException(ImportError.INVALID_BLOCK, imported, "block at height " + block.height()
                    + " (" + block.hash().shortHex(16) + "): " + result.failure().orElseThrow().getMessage());
        }
        if (result.status() == ImportStatus.ORPHAN) {
            throw new ImportFailedException(ImportError.DOES_NOT_CONNECT, imported, "block at height "
                    + block.height() + " (" + block.hash().shortHex(16) + ") has an unknown parent "
                    + block.header().parentHash().shortHex(16));
        }
        return result.status() != ImportStatus.ALREADY_KNOWN;
    }
}
