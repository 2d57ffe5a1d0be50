package dev.ccoin.node.archive;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.node.chain.Blockchain;
import dev.ccoin.node.chain.ImportResult;
import dev.ccoin.node.chain.ImportStatus;
import dev.ccoin.node.consensus.Preverifier;
import dev.ccoin.node.storage.Durability;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * Reads a block stream (genesis first) into a chain, validating every block as if a peer had sent it, and stops at
 * the first bad one with its height and reason, keeping everything before it. Blocks already known are skipped, so
 * an interrupted import can simply be run again.
 *
 * <p>It reads up to {@value #READ_AHEAD} blocks ahead of the one being imported and hands each to the
 * {@link Preverifier} as it is read, so the next blocks' signatures are verified on the other cores while this
 * thread runs one block's state transition and writes it. Blocks are still imported one at a time, in order.
 *
 * <p>Each block's batch is written, not synced ({@link Durability#WRITTEN}: a {@code kill -9} loses none of them,
 * a power cut may lose the last ones, which the file still holds), and the chain is synced every
 * {@value #SYNC_BLOCKS} blocks and when the import ends, however it ends: an import reports no block done that is
 * not on disk. Protocol §12 keeps every acknowledged block; a file's blocks are acknowledged by the summary.
 */
public final class ChainImporter {
    /** Blocks read ahead: enough to keep two verifier threads busy, few enough to bound memory (4 MiB a block). */
    public static final int READ_AHEAD = 8;
    /** Blocks imported between syncs: a synced batch per block would cost a full block's import a third more. */
    public static final int SYNC_BLOCKS = 64;

    private final Blockchain chain;
    private final Preverifier preverifier;
    private final LongSupplier nanoTime;

    public ChainImporter(Blockchain chain, Preverifier preverifier, LongSupplier nanoTime) {
        this.chain = chain;
        this.preverifier = preverifier;
        this.nanoTime = nanoTime;
    }

    /** A block read from the input, with the check started ahead of its import. */
    private record Pending(Block block, long index, CompletableFuture<Void> checked) {
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
        try (CanonicalReader reader = CanonicalReader.of(in); SyncedAtEnd synced = new SyncedAtEnd()) {
            ReadAhead input = new ReadAhead(reader);
            for (Pending next = input.next(); next != null; next = input.next()) {
                if (next.index() == 0) {
                    checkGenesis(next.block());
                } else {
                    next.checked().join();
                    if (accept(next.block(), next.index())) {
                        added++;
                        synced.imported();
                    }
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

    /** Syncs the chain every {@value #SYNC_BLOCKS} new blocks and once more when closed, if anything is unsynced. */
    private final class SyncedAtEnd implements AutoCloseable {
        private int unsynced;

        void imported() {
            if (++unsynced >= SYNC_BLOCKS) {
                close();
            }
        }

        @Override
        public void close() {
            if (unsynced > 0) {
                chain.sync();
                unsynced = 0;
            }
        }
    }

    /**
     * The blocks read but not imported yet, in input order, each handed to the {@link Preverifier} as it is read.
     * A block that does not decode ends the input, but its failure is thrown only once every block before it has
     * been taken, so they are imported first.
     */
    private final class ReadAhead {
        private final CanonicalReader reader;
        private final Deque<Pending> pending = new ArrayDeque<>(READ_AHEAD);
        private long read;
        private ImportFailedException unreadable;

        ReadAhead(CanonicalReader reader) {
            this.reader = reader;
        }

        /** The next block to import, or null at the end of the input. */
        Pending next() {
            fill();
            Pending next = pending.pollFirst();
            if (next == null && unreadable != null) {
                throw unreadable;
            }
            return next;
        }

        private void fill() {
            while (unreadable == null && pending.size() < READ_AHEAD) {
                try {
                    if (!reader.hasNext()) {
                        return;
                    }
                    Block block = Block.read(reader);
                    // Genesis is checked by its hash, not by the block rules.
                    pending.addLast(new Pending(block, read,
                            read == 0 ? CompletableFuture.completedFuture(null) : preverifier.ahead(block)));
                    read++;
                } catch (DecodeException | IllegalArgumentException e) {
                    unreadable = new ImportFailedException(ImportError.MALFORMED, read,
                            "block " + read + " of the input does not decode: " + e.getMessage());
                }
            }
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
        ImportResult result = chain.importBlock(block, Durability.WRITTEN);
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
