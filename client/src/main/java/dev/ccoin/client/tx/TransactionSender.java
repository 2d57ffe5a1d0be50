package dev.ccoin.client.tx;

import dev.ccoin.client.api.NodeClient;
import dev.ccoin.client.model.BatchResult;
import dev.ccoin.client.model.Status;
import dev.ccoin.client.model.Submitted;
import dev.ccoin.client.wallet.Wallet;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.UnsignedTransaction;
import dev.ccoin.core.types.Hash32;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds, signs, stamps and submits one account's transactions. The chain's network id and stamp difficulty come
 * from the node's {@code /status} (read once, on first use); each transaction's nonce from the account's pending
 * nonce ({@code /accounts/{address}}), or the one after the last this sender used when that is higher, so
 * transactions sent in a row take consecutive nonces before the node has seen them all. Signing is RSASSA-PSS with
 * the {@link Wallet}; the stamp is found on the {@link Stamper}'s workers. A batch goes to
 * {@code POST /transactions/batch} in requests of at most {@link NodeClient#MAX_BATCH}.
 *
 * <p>Thread-safe: nonces are handed out under a lock, so concurrent senders of one account never share a nonce.
 * Owns its stamper when made by {@link #create(NodeClient, Wallet)}; {@link #close()} stops it.
 */
public final class TransactionSender implements AutoCloseable {
    private final NodeClient client;
    private final Wallet wallet;
    private final Stamper stamper;
    private final boolean ownsStamper;
    private final Clock clock;
    private Status.TransactionRules rules;
    private long networkId;
    private long nextNonce;

    private TransactionSender(NodeClient client, Wallet wallet, Stamper stamper, boolean ownsStamper, Clock clock) {
        this.client = client;
        this.wallet = wallet;
        this.stamper = stamper;
        this.ownsStamper = ownsStamper;
        this.clock = clock;
    }

    /** A sender stamping on all cores, timestamps from the system clock. */
    public static TransactionSender create(NodeClient client, Wallet wallet) {
        return new TransactionSender(client, wallet, Stamper.onAllCores(), true, Clock.systemUTC());
    }

    /** A sender on a stamper the caller owns (and closes), with timestamps from {@code clock}. */
    public static TransactionSender using(NodeClient client, Wallet wallet, Stamper stamper, Clock clock) {
        return new TransactionSender(client, wallet, stamper, false, clock);
    }

    public Wallet wallet() {
        return wallet;
    }

    /** Signs and stamps {@code transfer} with the next nonce; nothing is submitted. */
    public Transaction build(Transfer transfer) {
        return buildAll(List.of(transfer)).get(0);
    }

    /** Builds, signs, stamps and submits one transfer; a refusal is an {@code ApiException} with its reason. */
    public Sent send(Transfer transfer) {
        Transaction tx = build(transfer);
        Submitted submitted = client.submit(tx);
        return Sent.admitted(tx, submitted.status());
    }

    /**
     * Builds the transfers with consecutive nonces and submits them in order, in requests of at most
     * {@link NodeClient#MAX_BATCH}; one {@link Sent} per transfer, admitted or refused on its own. A refused one
     * leaves a gap that queues the later ones until its nonce is filled.
     */
    public List<Sent> sendBatch(List<Transfer> transfers) {
        List<Transaction> txs = buildAll(transfers);
        List<Sent> sent = new ArrayList<>(txs.size());
        for (int from = 0; from < txs.size(); from += NodeClient.MAX_BATCH) {
            List<Transaction> chunk = txs.subList(from, Math.min(txs.size(), from + NodeClient.MAX_BATCH));
            List<BatchResult> results = client.submitBatch(chunk);
            if (results.size() != chunk.size()) {
                throw new IllegalStateException("the node answered " + results.size() + " results for a batch of "
                        + chunk.size());
            }
            for (int i = 0; i < chunk.size(); i++) {
                BatchResult result = results.get(i);
                sent.add(result.isAdmitted()
                        ? Sent.admitted(chunk.get(i), result.status())
                        : Sent.refused(chunk.get(i), result.error(), result.message()));
            }
        }
        return sent;
    }

    /** Signed and stamped transactions for {@code transfers}, with consecutive nonces; nothing is submitted. */
    public List<Transaction> buildAll(List<Transfer> transfers) {
        long first = reserveNonces(transfers.size());
        List<Transaction> txs = new ArrayList<>(transfers.size());
        for (int i = 0; i < transfers.size(); i++) {
            txs.add(signAndStamp(transfers.get(i), first + i));
        }
        return txs;
    }

    private synchronized long reserveNonces(int count) {
        if (rules == null) {
            Status status = client.status();
            rules = status.transactionRules();
            networkId = status.networkId();
        }
        long pending = client.account(wallet.address()).pendingNonce();
        long first = Math.max(pending, nextNonce);
        nextNonce = first + count;
        return first;
    }

    private Transaction signAndStamp(Transfer transfer, long nonce) {
        if (transfer.data().length() > rules.maxDataBytes()) {
            throw new IllegalArgumentException("data of " + transfer.data().length() + " bytes is over the chain's "
                    + rules.maxDataBytes());
        }
        UnsignedTransaction body = UnsignedTransaction.builder()
                .networkId(networkId)
                .nonce(nonce)
                .to(transfer.to())
                .amount(transfer.amount())
                .data(transfer.data())
                .timestamp(clock.millis())
                .senderKey(wallet.publicKey())
                .build();
        Hash32 hash = body.hash();
        long workNonce = stamper.stamp(hash, rules.workBits());
        return new Transaction(body, workNonce, wallet.sign(hash));
    }

    @Override
    public void close() {
        if (ownsStamper) {
            stamper.close();
        }
    }
}
