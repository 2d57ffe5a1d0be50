package dev.ccoin.core.tx;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.codec.Codec;
import dev.ccoin.core.codec.Encodable;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.security.MessageDigest;

/**
 * A signed, stamped transaction as it travels:
 * {@code [networkId, nonce, to, amount, data, timestamp, senderKey, workNonce, signature]}. It keeps its wire
 * bytes — the very bytes it was decoded from, or its encoding when built — so gossip, blocks and storage copy them
 * instead of encoding it again. The hash comes from those bytes: the unsigned fields are the wire's first seven
 * values, so {@code H(msgpack(unsigned))} is the hash of a 7-element array header followed by them. The hash is
 * computed at construction, the sender address on first use (a copy of a known transaction, received again from
 * another peer, is dropped by its hash alone). Construction checks structure only; validity is
 * {@link TransactionRules}'s job. Immutable.
 */
public final class Transaction implements Encodable {
    private static final int FIELDS = UnsignedTransaction.FIELDS + 2;
    /** The fixarray headers of the wire (9 values) and of the unsigned part (its first 7). */
    private static final byte WIRE_HEADER = (byte) (0x90 | FIELDS);
    private static final byte UNSIGNED_HEADER = (byte) (0x90 | UnsignedTransaction.FIELDS);

    private final UnsignedTransaction body;
    private final long workNonce;
    private final Bytes signature;
    private final byte[] wire;
    private final Hash32 hash;
    /** Derived on first use; a benign race, as every thread derives the same immutable address. */
    private Address sender;

    public Transaction(UnsignedTransaction body, long workNonce, Bytes signature) {
        this(body, workNonce, signature, null);
    }

    /** {@code wire} is the canonical encoding of the other three, or null to encode them. */
    private Transaction(UnsignedTransaction body, long workNonce, Bytes signature, byte[] wire) {
        if (workNonce < 0) {
            throw new IllegalArgumentException("workNonce is unsigned");
        }
        this.body = body;
        this.workNonce = workNonce;
        this.signature = signature;
        this.wire = wire != null ? wire : Codec.encode(w -> writeFields(w, body, workNonce, signature));
        this.hash = unsignedHash(this.wire, workNonce, signature);
    }

    public static Transaction read(CanonicalReader r) {
        long start = r.position();
        r.array(FIELDS, "transaction");
        UnsignedTransaction body = UnsignedTransaction.readFields(r);
        long workNonce = r.u64("tx.workNonce");
        Bytes signature = r.bytes(RsaKeys.MAX_SIGNATURE_BYTES, "tx.signature");
        return new Transaction(body, workNonce, signature, r.bytesSince(start).orElse(null));
    }

    /** Decodes one transaction from its wire bytes, refusing anything else. */
    public static Transaction decode(byte[] wire) {
        return CanonicalReader.decode(wire, Transaction::read);
    }

    @Override
    public void write(CanonicalWriter w) {
        w.raw(wire);
    }

    @Override
    public byte[] encode() {
        return wire.clone();
    }

    /** The length of the wire encoding. */
    public int encodedSize() {
        return wire.length;
    }

    private static void writeFields(CanonicalWriter w, UnsignedTransaction body, long workNonce, Bytes signature) {
        w.array(FIELDS);
        body.writeFields(w);
        w.u64(workNonce).bin(signature);
    }

    /** H(msgpack(unsigned)) from the wire: its first seven values, between the header and the stamp and signature. */
    private static Hash32 unsignedHash(byte[] wire, long workNonce, Bytes signature) {
        if (wire[0] != WIRE_HEADER) {
            throw new IllegalStateException("a transaction's wire starts with a " + FIELDS + "-element fixarray");
        }
        int stampAndSignature = CanonicalWriter.u64Size(workNonce) + CanonicalWriter.binSize(signature.length());
        MessageDigest digest = Sha256.digest();
        digest.update(UNSIGNED_HEADER);
        digest.update(wire, 1, wire.length - 1 - stampAndSignature);
        return Hash32.of(digest.digest());
    }

    /** The transaction id: H(msgpack(unsigned)). */
    public Hash32 hash() {
        return hash;
    }

    /** The address of {@code senderKey}. */
    public Address sender() {
        Address address = sender;
        if (address == null) {
            address = RsaKeys.address(body.senderKey());
            sender = address;
        }
        return address;
    }

    public UnsignedTransaction body() {
        return body;
    }

    public long networkId() {
        return body.networkId();
    }

    public long nonce() {
        return body.nonce();
    }

    public Address to() {
        return body.to();
    }

    public long amount() {
        return body.amount();
    }

    public Bytes data() {
        return body.data();
    }

    public long timestamp() {
        return body.timestamp();
    }

    public Bytes senderKey() {
        return body.senderKey();
    }

    public long workNonce() {
        return workNonce;
    }

    public Bytes signature() {
        return signature;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Transaction other && hash.equals(other.hash) && workNonce == other.workNonce
                && signature.equals(other.signature);
    }

    @Override
    public int hashCode() {
        return hash.hashCode();
    }

    @Override
    public String toString() {
        return "Transaction[" + hash.shortHex(16) + " " + sender() + " -> " + body.to() + " " + body.amount()
                + " nonce " + body.nonce() + "]";
    }
}
