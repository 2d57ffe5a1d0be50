package dev.ccoin.core.block;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.codec.Encodable;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.util.List;
import java.util.Objects;

/**
 * A block's header with its seal and nothing else: {@code [header, minerKey(bin SPKI), signature(bin), nonce]}, a
 * canonical block's wire without its transactions (protocol §10.1). It carries everything a light client checks — proof
 * of work, authority, miner key, signature, parent link, height and timestamp — and its hash is the block's.
 * Immutable.
 */
public final class SealedHeader implements Encodable {
    private static final int FIELDS = 4;

    /** The header as a block without transactions, which the header rules take; its hash is the block's. */
    private final Block headerOnly;

    public SealedHeader(BlockHeader header, Bytes minerKey, Bytes signature, long nonce) {
        this.headerOnly = new Block(Objects.requireNonNull(header, "header"), Objects.requireNonNull(minerKey,
                "minerKey"), Objects.requireNonNull(signature, "signature"), nonce, List.of());
    }

    /** The sealed header of {@code block}. */
    public static SealedHeader of(Block block) {
        return new SealedHeader(block.header(), block.minerKey(), block.signature(), block.nonce());
    }

    /** Reads one sealed header, strictly. */
    public static SealedHeader read(CanonicalReader reader) {
        reader.array(FIELDS, "sealed header");
        BlockHeader header = BlockHeader.read(reader);
        Bytes minerKey = reader.bytes(RsaKeys.MAX_PUBLIC_KEY_BYTES, "sealed header minerKey");
        Bytes signature = reader.bytes(RsaKeys.MAX_SIGNATURE_BYTES, "sealed header signature");
        long nonce = reader.u64("sealed header nonce");
        return new SealedHeader(header, minerKey, signature, nonce);
    }

    /** Decodes exactly one sealed header from {@code bytes}. */
    public static SealedHeader decode(byte[] bytes) {
        return CanonicalReader.decode(bytes, SealedHeader::read);
    }

    @Override
    public void write(CanonicalWriter writer) {
        writer.array(FIELDS).write(headerOnly.header()).bin(headerOnly.minerKey()).bin(headerOnly.signature())
                .u64(headerOnly.nonce());
    }

    /** The block id and proof of work, the same as the whole block's. */
    public Hash32 hash() {
        return headerOnly.hash();
    }

    public BlockHeader header() {
        return headerOnly.header();
    }

    public long height() {
        return headerOnly.height();
    }

    public Bytes minerKey() {
        return headerOnly.minerKey();
    }

    public Bytes signature() {
        return headerOnly.signature();
    }

    public long nonce() {
        return headerOnly.nonce();
    }

    /**
     * The header as a block with no transactions, for rules that look at a block's header and seal only. Not the
     * block itself: its transactions, size and txRoot check are not there.
     */
    public Block asBlock() {
        return headerOnly;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealedHeader other && headerOnly.equals(other.headerOnly);
    }

    @Override
    public int hashCode() {
        return headerOnly.hashCode();
    }

    @Override
    public String toString() {
        return "SealedHeader[" + height() + " " + hash().shortHex(16) + "]";
    }
}
