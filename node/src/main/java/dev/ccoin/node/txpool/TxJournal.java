package dev.ccoin.node.txpool;

import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.node.storage.StorageError;
import dev.ccoin.node.storage.StorageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The journal of acknowledged transactions (protocol §12), as geth's {@code --txpool.journal}: a file of records
 * {@code be32(length) || transaction wire bytes}. {@link #append} adds a request's admitted transactions and syncs
 * once before the API answers; {@link #read} gives them back at start, stopping at a record a crash cut short;
 * {@link #rewrite} replaces the file, through a synced temporary file and a rename, with what the pool still holds,
 * which drops what was included or no longer applies. Thread-safe: appends and rewrites take turns.
 */
public final class TxJournal implements AutoCloseable {
    private static final int MAX_RECORD = 1 << 20;

    private final Path file;
    private FileChannel channel;
    private long appended;

    private TxJournal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens (or creates) the journal at {@code file} for appending. */
    public static TxJournal open(Path file) {
        try {
            return new TxJournal(file, append(file));
        } catch (IOException e) {
            throw new StorageException(StorageError.IO, "cannot open the transaction journal " + file + ": " + e.getMessage());
        }
    }

    /** The journaled transactions in the order they were written; a torn or undecodable tail ends the list. */
    public synchronized List<Transaction> read() {
        List<Transaction> txs = new ArrayList<>();
        ByteBuffer bytes;
        try {
            bytes = ByteBuffer.wrap(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new StorageException(StorageError.IO, "cannot read the transaction journal " + file + ": " + e.getMessage());
        }
        while (bytes.remaining() >= Integer.BYTES) {
            int length = bytes.getInt();
            if (length <= 0 || length > MAX_RECORD || length > bytes.remaining()) {
                break;
            }
            byte[] wire = new byte[length];
            bytes.get(wire);
            try {
                txs.add(Transaction.decode(wire));
            } catch (DecodeException | IllegalArgumentException e) {
                break;
            }
        }
        return txs;
    }

    /** Appends {@code txs} and syncs them to disk once. */
    public synchronized void append(Collection<Transaction> txs) {
        if (txs.isEmpty()) {
            return;
        }
        try {
            ByteBuffer records = records(txs);
            while (records.hasRemaining()) {
                channel.write(records);
            }
            channel.force(false);
            appended += txs.size();
        } catch (IOException e) {
            throw new StorageException(StorageError.IO, "cannot write the transaction journal " + file + ": " + e.getMessage());
        }
    }

    /** The transactions appended since the journal was opened or last rewritten. */
    public synchronized long appendedSinceRewrite() {
        return appended;
    }

    /**
     * Replaces the journal with what {@code current} gives, atomically: a crash leaves either the old file or the
     * new one. {@code current} is read under the journal's lock, so no append falls between it and the new file.
     */
    public synchronized void rewrite(Supplier<Collection<Transaction>> current) {
        Path next = file.resolveSibling(file.getFileName() + ".new");
        try {
            try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer records = records(current.get());
                while (records.hasRemaining()) {
                    out.write(records);
                }
                out.force(false);
            }
            channel.close();
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            channel = append(file);
            appended = 0;
        } catch (IOException e) {
            throw new StorageException(StorageError.IO, "cannot rewrite the transaction journal " + file + ": " + e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new StorageException(StorageError.IO, "cannot close the transaction journal " + file + ": " + e.getMessage());
        }
    }

    private static FileChannel append(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    private static ByteBuffer records(Collection<Transaction> txs) {
        List<byte[]> wires = new ArrayList<>(txs.size());
        int size = 0;
        for (Transaction tx : txs) {
            byte[] wire = tx.encode();
            wires.add(wire);
            size += Integer.BYTES + wire.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        wires.forEach(wire -> buffer.putInt(wire.length).put(wire));
        return buffer.flip();
    }
}
