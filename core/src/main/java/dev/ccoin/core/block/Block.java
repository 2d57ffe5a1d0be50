package dev.ccoin.core.block;

import dev.ccoin.core.chain.BlockLimits;
import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.codec.DecodeError;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.codec.Encodable;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.util.List;

/**
 * A sealed block: {@code [header, minerKey, signature, nonce, [tx...]]}. The block id is
 * {@code H(sealHash || be64(nonce))}, which is also its proof of work. Construction checks structure only; validity
 * is the consensus rules' job. Immutable.
 */
public final class Block implements Encodable {
    private static final int FIELDS = 5;
    /** A decoder bound: no block of an honest chain has more transactions than fit in a frame. */
    public static final int MAX_DECODED_TRANSACTIONS = 100_000;

    private final BlockHeader header;
    private final Bytes minerKey;
    private final Bytes signature;
    private final long nonce;
    private final List<Transaction> transactions;
    private final Hash32 sealHash;
    private final Hash32 hash;
    /** Known from decoding, or measured on first use; a benign race, as every thread finds the same number. */
    private int encodedSize = -1;

    public Block(BlockHeader header, Bytes minerKey, Bytes signature, long nonce, List<Transaction> transactions) {
        if (nonce < 0) {
            throw new IllegalArgumentException("nonce is unsigned");
        }
        this.header = header;
        this.minerKey = minerKey;
        this.signature = signature;
        this.nonce = nonce;
        this.transactions = List.copyOf(transactions);
        this.sealHash = header.sealHash();
        this.hash = Sha256.hashWithNonce(sealHash, nonce);
    }

    public static Block read(CanonicalReader r) {
        long start = r.position();
        r.array(FIELDS, "block");
        BlockHeader header = BlockHeader.read(r);
        Bytes minerKey = r.bytes(RsaKeys.MAX_PUBLIC_KEY_BYTES, "block.minerKey");
        Bytes signature = r.bytes(RsaKeys.MAX_SIGNATURE_BYTES, "block.signature");
        long nonce = r.u64("block.nonce");
        int count = r.arrayHeader(MAX_DECODED_TRANSACTIONS, "block.transactions");
        Transaction[] transactions = new Transaction[count];
        for (int i = 0; i < count; i++) {
            transactions[i] = Transaction.read(r);
        }
        Block block = new Block(header, minerKey, signature, nonce, List.of(transactions));
        // The reader accepts canonical encodings only, so the bytes read are exactly the block's encoding.
        block.encodedSize = Math.toIntExact(r.position() - start);
        return block;
    }

    /** Decodes one block from its wire bytes, refusing anything else. */
    public static Block decode(byte[] wire) {
        if (wire.length > BlockLimits.MAX_FRAME_BYTES) {
            throw new DecodeException(DecodeError.TOO_LONG, "a block of " + wire.length + " bytes exceeds any frame");
        }
        return CanonicalReader.decode(wire, Block::read);
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(FIELDS).write(header).bin(minerKey).bin(signature).u64(nonce).array(transactions.size());
        transactions.forEach(w::write);
    }

    /** The length of the block's canonical encoding; for a decoded block, without encoding it again. */
    public int encodedSize() {
        int size = encodedSize;
        if (size < 0) {
            size = encode().length;
            encodedSize = size;
        }
        return size;
    }

    /** The block id and proof of work. */
    public Hash32 hash() {
        return hash;
    }

    /** H(msgpack(header)): what the miner signs and the nonce search extends. */
    public Hash32 sealHash() {
        return sealHash;
    }

    public BlockHeader header() {
        return header;
    }

    public long height() {
        return header.height();
    }

    public Bytes minerKey() {
        return minerKey;
    }

    public Bytes signature() {
        return signature;
    }

    public long nonce() {
        return nonce;
    }

    public List<Transaction> transactions() {
        return transactions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Block other && hash.equals(other.hash) && minerKey.equals(other.minerKey)
                && signature.equals(other.signature) && transactions.equals(other.transactions);
    }

    @Override
    public int hashCode() {
        return hash.hashCode();
    }

    @Override
    public String toString() {
        return "Block[" + header.height() + " " + hash.shortHex(16) + " txs " + transactions.size() + "]";
    }
}
