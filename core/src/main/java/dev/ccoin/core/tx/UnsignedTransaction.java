package dev.ccoin.core.tx;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.codec.Encodable;
import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.security.KeyPair;
import java.util.Objects;

/**
 * The signed part of a transaction: {@code [networkId, nonce, to, amount, data, timestamp, senderKey]}. Its hash is
 * the transaction id. Four of its fields are numbers, so a transaction is made with {@link #builder()}, which names
 * each; the decoder alone uses the constructor. Immutable.
 */
public record UnsignedTransaction(
        long networkId, long nonce, Address to, long amount, Bytes data, long timestamp, Bytes senderKey)
        implements Encodable {
    static final int FIELDS = 7;
    /** The largest {@code data} a decoder accepts; the chain's own, smaller limit is a validity rule. */
    public static final int MAX_DATA_BYTES = 1 << 20;

    public UnsignedTransaction {
        if (networkId < 0 || nonce < 0 || amount < 0 || timestamp < 0) {
            throw new IllegalArgumentException("networkId, nonce, amount and timestamp are unsigned");
        }
    }

    /** A builder with no data; every other field is set by name. */
    public static Builder builder() {
        return new Builder();
    }

    public Hash32 hash() {
        return Sha256.hash(encode());
    }

    /** Signs with the sender's key and stamps with {@code workBits} of hashcash postage. */
    public Transaction sign(KeyPair sender, int workBits) {
        if (!RsaKeys.encode(sender.getPublic()).equals(senderKey)) {
            throw new IllegalArgumentException("the key pair is not the transaction's sender key");
        }
        Hash32 hash = hash();
        return new Transaction(this, Hashcash.smallestNonce(hash, workBits), Pss.sign(sender.getPrivate(), hash));
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(FIELDS);
        writeFields(w);
    }

    void writeFields(CanonicalWriter w) {
        w.u64(networkId).u64(nonce).address(to).u64(amount).bin(data).u64(timestamp).bin(senderKey);
    }

    static UnsignedTransaction readFields(CanonicalReader r) {
        return new UnsignedTransaction(
                r.u64("tx.networkId"),
                r.u64("tx.nonce"),
                r.address("tx.to"),
                r.u64("tx.amount"),
                r.bytes(MAX_DATA_BYTES, "tx.data"),
                r.u64("tx.timestamp"),
                r.bytes(RsaKeys.MAX_PUBLIC_KEY_BYTES, "tx.senderKey"));
    }

    /** The fields by name. {@code to} and {@code senderKey} are required; {@code data} is empty unless set. */
    public static final class Builder {
        private long networkId;
        private long nonce;
        private Address to;
        private long amount;
        private Bytes data = Bytes.EMPTY;
        private long timestamp;
        private Bytes senderKey;

        private Builder() {
        }

        public Builder networkId(long networkId) {
            this.networkId = networkId;
            return this;
        }

        /** The sender's account nonce this transaction uses. */
        public Builder nonce(long nonce) {
            this.nonce = nonce;
            return this;
        }

        public Builder to(Address to) {
            this.to = to;
            return this;
        }

        public Builder amount(long amount) {
            this.amount = amount;
            return this;
        }

        public Builder data(Bytes data) {
            this.data = data;
            return this;
        }

        /** Unix milliseconds. */
        public Builder timestamp(long timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        /** The sender's public key, as SubjectPublicKeyInfo DER. */
        public Builder senderKey(Bytes senderKey) {
            this.senderKey = senderKey;
            return this;
        }

        public UnsignedTransaction build() {
            return new UnsignedTransaction(networkId, nonce, Objects.requireNonNull(to, "to"), amount,
                    Objects.requireNonNull(data, "data"), timestamp, Objects.requireNonNull(senderKey, "senderKey"));
        }
    }
}
