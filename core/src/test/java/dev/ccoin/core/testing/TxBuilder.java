package dev.ccoin.core.testing;

import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.UnsignedTransaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import java.security.KeyPair;

/**
 * A valid transaction by default — from {@link TestChain#funded(int) funded(0)} to funded(1), 10 coins, nonce 0,
 * properly signed and stamped for {@link TestChain} — so a test changes only what it is about.
 */
public final class TxBuilder {
    private final ChainParams params;
    private KeyPair sender = TestChain.funded(0);
    private Address to = TestChain.address(TestChain.funded(1));
    private long networkId;
    private long nonce;
    private long amount = 10;
    private Bytes data = Bytes.EMPTY;
    private long timestamp = 1_700_000_000_500L;
    private int workBits;

    public TxBuilder(ChainParams params) {
        this.params = params;
        this.networkId = params.networkId();
        this.workBits = params.transactions().workBits();
    }

    public TxBuilder sender(KeyPair sender) {
        this.sender = sender;
        return this;
    }

    public TxBuilder to(Address to) {
        this.to = to;
        return this;
    }

    public TxBuilder networkId(long networkId) {
        this.networkId = networkId;
        return this;
    }

    public TxBuilder nonce(long nonce) {
        this.nonce = nonce;
        return this;
    }

    public TxBuilder amount(long amount) {
        this.amount = amount;
        return this;
    }

    public TxBuilder data(Bytes data) {
        this.data = data;
        return this;
    }

    public TxBuilder timestamp(long timestamp) {
        this.timestamp = timestamp;
        return this;
    }

    /** Stamp with this many bits instead of the chain's. */
    public TxBuilder workBits(int workBits) {
        this.workBits = workBits;
        return this;
    }

    public UnsignedTransaction unsigned() {
        return UnsignedTransaction.builder()
                .networkId(networkId)
                .nonce(nonce)
                .to(to)
                .amount(amount)
                .data(data)
                .timestamp(timestamp)
                .senderKey(RsaKeys.encode(sender.getPublic()))
                .build();
    }

    public Transaction build() {
        return unsigned().sign(sender, workBits);
    }

    public ChainParams params() {
        return params;
    }
}
