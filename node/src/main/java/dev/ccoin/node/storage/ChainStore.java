package dev.ccoin.node.storage;

import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The chain's records in the {@link Database}: blocks as their wire bytes by hash, total work per block, the
 * canonical height index, the head pointer and the genesis hash (layout in {@link Column}). It does not decode
 * blocks, so it works under any block codec. Every change goes through {@link #write(Consumer)}: one block import
 * or one reorg is one synced, atomic batch, so after a crash the head, the height index and the blocks agree.
 * Reads are thread-safe; the chain thread is meant to be the only writer.
 */
public final class ChainStore {
    /** The key layout version this code reads and writes; stored under {@code META "schema"} with the genesis. */
    public static final int SCHEMA_VERSION = 1;
    static final byte[] GENESIS_KEY = Column.META.key("genesis");
    static final byte[] SCHEMA_KEY = Column.META.key("schema");
    static final byte[] PARAMS_KEY = Column.META.key("params");
    private static final byte[] HEAD_KEY = Column.HEAD.key();

    private final Database database;

    /** Wraps an open database; refuses one written with another key layout. */
    public ChainStore(Database database) {
        this.database = database;
        byte[] schema = database.get(SCHEMA_KEY);
        if (schema != null && (schema.length != Integer.BYTES || ByteBuffer.wrap(schema).getInt() != SCHEMA_VERSION)) {
            throw new StorageException(StorageError.INCOMPATIBLE_SCHEMA, "the database of " + database.dataDir()
                    + " uses another key layout than version " + SCHEMA_VERSION + "; was it written by a newer ccoin?");
        }
    }

    public Database database() {
        return database;
    }

    /** The wire bytes of the block with this hash, if stored. */
    public Optional<Bytes> block(Hash32 hash) {
        return Optional.ofNullable(database.get(Column.BLOCK.key(hash))).map(Bytes::of);
    }

    public boolean containsBlock(Hash32 hash) {
        return database.contains(Column.BLOCK.key(hash));
    }

    /** The hash of the canonical block at {@code height}, if the canonical chain reaches it. */
    public Optional<Hash32> canonicalHash(long height) {
        return hashAt(Column.HEIGHT.key(height), "height " + height);
    }

    public Optional<Hash32> head() {
        return hashAt(HEAD_KEY, "head");
    }

    /** The genesis hash this database was initialised with; empty before {@code ccoin init}. */
    public Optional<Hash32> genesisHash() {
        return hashAt(GENESIS_KEY, "genesis");
    }

    /** The canonical encoding of the chain parameters this database was initialised with. */
    public Optional<Bytes> params() {
        return Optional.ofNullable(database.get(PARAMS_KEY)).map(Bytes::of);
    }

    /** The total work from genesis to the block with this hash, if stored. */
    public Optional<BigInteger> totalWork(Hash32 hash) {
        return Optional.ofNullable(database.get(Column.TOTAL_WORK.key(hash))).map(bytes -> new BigInteger(1, bytes));
    }

    /** Whether the state after the block with this hash was committed: its state root, if so. */
    public Optional<Hash32> committedState(Hash32 block) {
        return hashAt(Column.COMMITTED_STATE.key(block), "committed state of " + block);
    }

    /**
     * Gathers the writes {@code writes} makes and applies them as one atomic batch, synced to disk before this
     * returns. If {@code writes} throws, nothing is written.
     */
    public void write(Consumer<ChainBatch> writes) {
        write(writes, Durability.SYNCED);
    }

    /** As {@link #write(Consumer)}, as far to disk as {@code durability} says before it returns. */
    public void write(Consumer<ChainBatch> writes, Durability durability) {
        try (StoreBatch batch = database.batch()) {
            writes.accept(new ChainBatch(batch));
            batch.commit(durability == Durability.SYNCED);
        }
    }

    private Optional<Hash32> hashAt(byte[] key, String what) {
        byte[] value = database.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value.length != Hash32.LENGTH) {
            throw new StorageException(StorageError.CORRUPT, "the " + what + " entry in " + database.dataDir()
                    + " holds " + value.length + " bytes, not a 32-byte hash");
        }
        return Optional.of(Hash32.of(value));
    }
}
