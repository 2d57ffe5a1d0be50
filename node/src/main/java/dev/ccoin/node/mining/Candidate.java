package dev.ccoin.node.mining;

import dev.ccoin.core.block.BlockHeader;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Hash32;
import java.util.List;

/**
 * An unsealed block: a complete header whose roots commit to {@code transactions} applied in order to the
 * parent's state (plus the reward), waiting for a signature and a nonce. Immutable.
 */
public record Candidate(BlockHeader header, List<Transaction> transactions) {
    public Candidate {
        if (header == null) {
            throw new IllegalArgumentException("a candidate needs a header");
        }
        transactions = List.copyOf(transactions);
    }

    public Hash32 parentHash() {
        return header.parentHash();
    }

    public long height() {
        return header.height();
    }

    public boolean isEmpty() {
        return transactions.isEmpty();
    }
}
