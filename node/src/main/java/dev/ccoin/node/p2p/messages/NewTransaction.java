package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.tx.Transaction;

/** {@code TXN}: a gossiped transaction; the body is the transaction's wire encoding itself. Immutable. */
public record NewTransaction(Transaction transaction) implements Message {
    public static NewTransaction read(CanonicalReader r) {
        return new NewTransaction(Transaction.read(r));
    }

    @Override
    public void write(CanonicalWriter w) {
        w.write(transaction);
    }

    @Override
    public MessageType type() {
        return MessageType.TXN;
    }
}
