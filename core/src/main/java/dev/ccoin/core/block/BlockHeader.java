package dev.ccoin.core.block;

import dev.ccoin.core.chain.BlockLimits;
import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.codec.Encodable;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;

/**
 * {@code [version, networkId, height, parentHash, txRoot, stateRoot, timestamp, miner, difficulty, data]}. The
 * miner signs {@link #sealHash()}; the proof of work is searched over it. Immutable.
 */
public record BlockHeader(
        int version,
        long networkId,
        long height,
        Hash32 parentHash,
        Hash32 txRoot,
        Hash32 stateRoot,
        long timestamp,
        Address miner,
        int difficulty,
        Bytes data) implements Encodable {
    private static final int FIELDS = 10;
    /** A decoder bound only; block rule 1 allows {@link BlockLimits#MAX_DATA_BYTES}. */
    private static final int MAX_DECODED_DATA = 64 * 1024;

    public BlockHeader {
        if (networkId < 0 || height < 0 || timestamp < 0) {
            throw new IllegalArgumentException("networkId, height and timestamp are unsigned");
        }
        if (difficulty < 0 || difficulty > 256) {
            throw new IllegalArgumentException("difficulty must be 0..256, got " + difficulty);
        }
    }

    public Hash32 sealHash() {
        return Sha256.hash(encode());
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(FIELDS).u64(version).u64(networkId).u64(height).hash(parentHash).hash(txRoot).hash(stateRoot)
                .u64(timestamp).address(miner).u64(difficulty).bin(data);
    }

    public static BlockHeader read(CanonicalReader r) {
        r.array(FIELDS, "header");
        return new BlockHeader(
                r.u32(Integer.MAX_VALUE, "header.version"),
                r.u64("header.networkId"),
                r.u64("header.height"),
                r.hash("header.parentHash"),
                r.hash("header.txRoot"),
                r.hash("header.stateRoot"),
                r.u64("header.timestamp"),
                r.address("header.miner"),
                r.u32(256, "header.difficulty"),
                r.bytes(MAX_DECODED_DATA, "header.data"));
    }
}
