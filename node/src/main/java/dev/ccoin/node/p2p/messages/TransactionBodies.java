package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.tx.Transaction;
import java.util.List;

/**
 * {@code TBS}: {@code [[tx wire...]]} — the answer to the oldest unanswered {@code TGR}: those of the requested
 * transactions the sender still has, in any order, at most {@link TransactionRequest#MAX_HASHES} and at most
 * {@link #MAX_BODY_BYTES} of wire in all (the responder leaves out what does not fit; the asker asks again). Reading
 * a transaction is a structural parse that hashes its unsigned part straight from the wire, so a known one is
 * recognised before any check. Immutable.
 */
public record TransactionBodies(List<Transaction> transactions) implements Message {
    /** The byte budget of one answer's transactions (protocol §8: 2 MiB). */
    public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    public TransactionBodies {
        transactions = List.copyOf(transactions);
        if (transactions.size() > TransactionRequest.MAX_HASHES) {
            throw new IllegalArgumentException("an answer has at most " + TransactionRequest.MAX_HASHES
                    + " transactions");
        }
    }

    public static TransactionBodies read(CanonicalReader r) {
        r.array(1, "TBS");
        int count = r.arrayHeader(TransactionRequest.MAX_HASHES, "TBS.transactions");
        Transaction[] txs = new Transaction[count];
        for (int i = 0; i < count; i++) {
            txs[i] = Transaction.read(r);
        }
        return new TransactionBodies(List.of(txs));
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(1).array(transactions.size());
        transactions.forEach(w::write);
    }

    @Override
    public MessageType type() {
        return MessageType.TBS;
    }
}
