package dev.ccoin.node.api.accounts;

import dev.ccoin.node.api.transactions.TransactionView;
import java.util.List;

/**
 * {@code GET /accounts/{address}/transactions}: one page of the account's canonical transactions (sent or
 * received), newest first, and the offset of the next page (null after the last). Immutable.
 */
public record AccountTransactionsView(String address, int offset, int limit, List<TransactionView> transactions,
                                      Integer nextOffset) {
    public AccountTransactionsView {
        transactions = List.copyOf(transactions);
    }
}
