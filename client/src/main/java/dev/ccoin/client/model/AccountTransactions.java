package dev.ccoin.client.model;

import dev.ccoin.core.types.Address;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code GET /accounts/{address}/transactions}: one page of the account's canonical transactions, sent or received,
 * newest first, and the offset of the next page (null after the last). Immutable.
 */
public record AccountTransactions(Address address, int offset, int limit, List<TransactionInfo> transactions,
                                  Integer nextOffset) {
    public AccountTransactions {
        transactions = List.copyOf(transactions);
    }

    /** Where the next page starts; empty after the last page. */
    public OptionalInt next() {
        return nextOffset == null ? OptionalInt.empty() : OptionalInt.of(nextOffset);
    }
}
