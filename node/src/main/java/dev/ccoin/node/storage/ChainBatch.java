package dev.ccoin.node.storage;

import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.math.BigInteger;
import java.nio.ByteBuffer;

/**
 * The writes of one block import or reorg, applied together by {@link ChainStore#write}. Typed methods cover the
 * chain's own columns; {@link #raw()} lets the transaction index and the state tree add their entries to the same
 * atomic batch. Lives only inside {@code write}'s callback, on its thread.
 */
public final class ChainBatch {
    private final StoreBatch batch;

    ChainBatch(StoreBatch batch) {
        this.batch = batch;
    }

    /** Stores a block's wire bytes under its hash. */
    public ChainBatch putBlock(Hash32 hash, Bytes encoded) {
        batch.put(Column.BLOCK.key(hash), encoded.toArray());
        return this;
    }

    public ChainBatch putTotalWork(Hash32 hash, BigInteger totalWork) {
        if (totalWork.signum() < 0) {
            throw new IllegalArgumentException("total work cannot be negative");
        }
        batch.put(Column.TOTAL_WORK.key(hash), unsigned(totalWork));
        return this;
    }

    /** Makes {@code hash} the canonical block at {@code height}. */
    public ChainBatch setCanonical(long height, Hash32 hash) {
        batch.put(Column.HEIGHT.key(height), hash.toArray());
        return this;
    }

    /** Drops {@code height} from the canonical chain, as a reorg to a shorter but heavier branch must. */
    public ChainBatch removeCanonical(long height) {
        batch.delete(Column.HEIGHT.key(height));
        return this;
    }

    public ChainBatch setHead(Hash32 hash) {
        batch.put(Column.HEAD.key(), hash.toArray());
        return this;
    }

    /** Marks the state after {@code block} as committed: its nodes are in this batch or on disk already. */
    public ChainBatch markCommittedState(Hash32 block, Hash32 stateRoot) {
        batch.put(Column.COMMITTED_STATE.key(block), stateRoot.toArray());
        return this;
    }

    /** Records the genesis hash, and the key layout version with it. */
    public ChainBatch setGenesis(Hash32 hash) {
        batch.put(ChainStore.GENESIS_KEY, hash.toArray());
        batch.put(ChainStore.SCHEMA_KEY, ByteBuffer.allocate(Integer.BYTES).putInt(ChainStore.SCHEMA_VERSION).array());
        return this;
    }

    /** Records the chain parameters' canonical encoding, beside the genesis whose header commits to them. */
    public ChainBatch setParams(Bytes encoded) {
        batch.put(ChainStore.PARAMS_KEY, encoded.toArray());
        return this;
    }

    /** The underlying batch, for the other columns of {@link Column} written in the same atomic step. */
    public StoreBatch raw() {
        return batch;
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return bytes;
    }
}
