package dev.ccoin.core.tx;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.codec.Encodable;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;

/**
 * A signed, stamped transaction as it travels:
 * {@code [networkId, nonce, to, amount, data, timestamp, senderKey, workNonce, signature]}. The hash and sender
 * address are computed once at construction. Construction checks structure only; validity is
 * {@link TransactionRules}'s job. Immutable.
 */
public final class Transaction implements Encodable {
    private static final int FIELDS = UnsignedTransaction.FIELDS + 2;

    private final UnsignedTransaction body;
    private final long workNonce;
    private final Bytes signature;
    private final Hash32 hash;
    private final Address sender;

    public Transaction(UnsignedTransaction body, long workNonce, Bytes signature) {
        if (workNonce < 0) {
            throw new IllegalArgumentException("workNonce is unsigned");
        }
        this.body = body;
        this.workNonce = workNonce;
        this.signature = signature;
        this.hash = body.hash();
        this.sender = RsaKeys.address(body.senderKey());
    }

    public static Transaction read(CanonicalReader r) {
        r.array(FIELDS, "transaction");
        UnsignedTransaction body = UnsignedTransaction.readFields(r);
        long workNonce = r.u64("tx.workNonce");
        Bytes signature = r.bytes(RsaKeys.MAX_SIGNATURE_BYTES, "tx.signature");
        return new Transaction(body, workNonce, signature);
    }

    /** Decodes one transaction from its wire bytes, refusing anything else. */
    public static Transaction decode(byte[] wire) {
        return CanonicalReader.decode(wire, Transaction::read);
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(FIELDS);
        body.writeFields(w);
        w.u64(workNonce).bin(signature);
    }

    /** The transaction id: H(msgpack(unsigned)). */
    public Hash32 hash() {
        return hash;
    }

    /** The address of {@code senderKey}. */
    public Address sender() {
        return sender;
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
        return "Transaction[" + hash.shortHex(16) + " " + sender + " -> " + body.to() + " " + body.amount()
                + " nonce " + body.nonce() + "]";
    }
}
