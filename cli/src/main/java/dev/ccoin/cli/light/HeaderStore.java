package dev.ccoin.cli.light;

import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.codec.DecodeException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The verified header chain on disk, in {@code <dir>/headers.log}: genesis first, one record per height, each
 * {@code [u32 length][u32 CRC32C][sealed header]}. Only headers that passed the header rules are written, so
 * loading checks integrity rather than consensus: every checksum, that the first record is this genesis, that
 * heights count up, that each header names the one before as its parent and meets its difficulty. A record torn by
 * a crash mid-write, or anything after the first record that fails a check, is cut off (and said so); the chain up
 * to it stays, and the next sync fetches the rest. A reorg truncates the log to the fork point, then appends the
 * new branch and syncs the file: a crash in between leaves a prefix of a valid chain. {@code <dir>/LOCK} keeps a
 * second process out. Owned by one thread.
 */
public final class HeaderStore implements AutoCloseable {
    static final String LOG = "headers.log";
    private static final int RECORD_HEADER = 2 * Integer.BYTES;
    /** No sealed header comes near this; a larger length is a damaged record. */
    private static final int MAX_RECORD = 4_096;
    private static final int WRITE_BUFFER = 1 << 20;

    private final FileChannel log;
    private final FileChannel lockChannel;
    private final FileLock lock;
    /** The byte offset of each height's record; one more entry: the end of the log. */
    private final List<Long> offsets;
    private HeaderChain chain;

    private HeaderStore(FileChannel log, FileChannel lockChannel, FileLock lock, List<Long> offsets, HeaderChain chain) {
        this.log = log;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.offsets = offsets;
        this.chain = chain;
    }

    /**
     * Opens (or creates) the store in {@code dir} for the chain of {@code params} and {@code genesis}, checking what
     * it holds; what is cut off is reported on {@code notes}.
     *
     * @throws RefusedException with {@link LightRefusal#STORE_OTHER_CHAIN} when it holds another genesis's chain
     */
    public static HeaderStore open(Path dir, ChainParams params, SealedHeader genesis, PrintWriter notes) {
        FileChannel lockChannel = null;
        FileChannel log = null;
        try {
            Files.createDirectories(dir);
            lockChannel = FileChannel.open(dir.resolve("LOCK"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(lockChannel);
            if (lock == null) {
                throw new HeaderStoreException("the header store " + dir + " is in use by another ccoin process");
            }
            log = FileChannel.open(dir.resolve(LOG), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            List<Long> offsets = new ArrayList<>();
            HeaderChain chain = load(log, dir, params, genesis, offsets, notes);
            return new HeaderStore(log, lockChannel, lock, offsets, chain);
        } catch (IOException e) {
            closeQuietly(log);
            closeQuietly(lockChannel);
            throw new HeaderStoreException("cannot open the header store " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(log);
            closeQuietly(lockChannel);
            throw e;
        }
    }

    /** The chain as loaded, or as last saved. */
    public HeaderChain chain() {
        return chain;
    }

    /** Makes the log hold {@code best}: cut at the first height where they differ, then the rest appended. */
    public void save(HeaderChain best) {
        long from = chain.divergence(best);
        if (from == 0) {
            throw new IllegalArgumentException("a chain of another genesis cannot replace the stored one");
        }
        try {
            if (from <= chain.height()) {
                log.truncate(offsets.get(Math.toIntExact(from)));
                offsets.subList(Math.toIntExact(from) + 1, offsets.size()).clear();
                log.force(true);
            }
            long end = offsets.get(offsets.size() - 1);
            ByteBuffer records = ByteBuffer.allocate(WRITE_BUFFER);
            for (long height = from; height <= best.height(); height++) {
                if (records.remaining() < MAX_RECORD + RECORD_HEADER) {
                    end = write(records, end);
                }
                byte[] payload = best.at(height).encode();
                CRC32C crc = new CRC32C();
                crc.update(payload);
                records.putInt(payload.length).putInt((int) crc.getValue()).put(payload);
                offsets.add(offsets.get(offsets.size() - 1) + RECORD_HEADER + payload.length);
            }
            write(records, end);
            log.force(false);
        } catch (IOException e) {
            throw new HeaderStoreException("cannot write the header store: " + e.getMessage(), e);
        }
        chain = best;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel releases the lock too.
        }
        closeQuietly(log);
        closeQuietly(lockChannel);
    }

    private long write(ByteBuffer records, long position) throws IOException {
        records.flip();
        long at = position;
        while (records.hasRemaining()) {
            at += log.write(records, at);
        }
        records.clear();
        return at;
    }

    private static HeaderChain load(FileChannel log, Path dir, ChainParams params, SealedHeader genesis,
            List<Long> offsets, PrintWriter notes) throws IOException {
        HeaderChain chain = HeaderChain.startingAt(params, genesis);
        long size = log.size();
        long position = 0;
        String damage = null;
        InputStream in = new BufferedInputStream(Channels.newInputStream(log.position(0)), 1 << 16);
        byte[] head = new byte[RECORD_HEADER];
        while (position < size) {
            if (size - position < RECORD_HEADER || in.readNBytes(head, 0, RECORD_HEADER) < RECORD_HEADER) {
                damage = "a record torn at byte " + position;
                break;
            }
            ByteBuffer fields = ByteBuffer.wrap(head);
            int length = fields.getInt();
            int checksum = fields.getInt();
            if (length <= 0 || length > MAX_RECORD || size - position - RECORD_HEADER < length) {
                damage = "a record torn at byte " + position;
                break;
            }
            byte[] payload = in.readNBytes(length);
            CRC32C crc = new CRC32C();
            crc.update(payload);
            if ((int) crc.getValue() != checksum) {
                damage = "a bad checksum at byte " + position;
                break;
            }
            long height = offsets.size();
            String broken = admit(chain, payload, height, genesis, params);
            if (broken != null) {
                if (height == 0) {
                    throw new RefusedException(LightRefusal.STORE_OTHER_CHAIN, "the header store " + dir
                            + " holds another chain (" + broken + "); use another --headers-dir");
                }
                damage = broken;
                break;
            }
            offsets.add(position);
            position += RECORD_HEADER + length;
        }
        if (offsets.isEmpty()) {
            if (size > 0) {
                notes.println("header store " + dir + ": " + damage + "; starting again from genesis");
            }
            log.truncate(0);
            appendGenesis(log, genesis);
            offsets.add(0L);
            position = log.size();
        } else if (damage != null) {
            notes.println("header store " + dir + ": " + damage + "; keeping the " + offsets.size()
                    + " headers before it");
            log.truncate(position);
            log.force(true);
        }
        offsets.add(position);
        notes.flush();
        return chain;
    }

    /** Adds the stored header at {@code height} to {@code chain}; the reason it cannot be, or null. */
    private static String admit(HeaderChain chain, byte[] payload, long height, SealedHeader genesis,
            ChainParams params) {
        SealedHeader header;
        try {
            header = SealedHeader.decode(payload);
        } catch (DecodeException e) {
            return "a record at height " + height + " that does not decode: " + e.getMessage();
        }
        if (height == 0) {
            return header.hash().equals(genesis.hash()) ? null : "genesis " + header.hash().shortHex(16)
                    + ", not " + genesis.hash().shortHex(16);
        }
        if (header.height() != height || !header.header().parentHash().equals(chain.head().hash())
                || header.header().difficulty() != params.mining().difficulty()
                || !header.hash().meets(header.header().difficulty())) {
            return "the record at height " + height + " does not continue the chain";
        }
        chain.append(header);
        return null;
    }

    private static void appendGenesis(FileChannel log, SealedHeader genesis) throws IOException {
        byte[] payload = genesis.encode();
        CRC32C crc = new CRC32C();
        crc.update(payload);
        ByteBuffer record = ByteBuffer.allocate(RECORD_HEADER + payload.length)
                .putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
        while (record.hasRemaining()) {
            log.write(record, log.size());
        }
        log.force(true);
    }

    /** The lock, or null when another process (or another store in this one) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing left to do with a channel that will not close.
            }
        }
    }
}
