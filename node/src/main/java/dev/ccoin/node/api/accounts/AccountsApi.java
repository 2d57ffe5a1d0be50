package dev.ccoin.node.api.accounts;

import dev.ccoin.core.state.Account;
import dev.ccoin.core.state.StateView;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.api.http.ApiRoutes;
import dev.ccoin.node.api.http.Page;
import dev.ccoin.node.api.http.Params;
import dev.ccoin.node.api.transactions.TransactionLookup;
import dev.ccoin.node.api.transactions.TransactionView;
import dev.ccoin.node.chain.ChainView;
import dev.ccoin.node.txpool.TxPool;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /accounts/{address}} and {@code GET /accounts/{address}/transactions?offset=&limit=} (default 20, at
 * most 100). Pool transactions are not in the listing; {@code /txpool} and {@code /transactions/{hash}} show them.
 * Thread-safe.
 */
public final class AccountsApi implements ApiRoutes {
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final ChainView chain;
    private final TxPool pool;
    private final TransactionLookup lookup;

    public AccountsApi(ChainView chain, TxPool pool, TransactionLookup lookup) {
        this.chain = chain;
        this.pool = pool;
        this.lookup = lookup;
    }

    @Override
    public void register(Javalin app) {
        app.get(BASE + "/accounts/{address}", this::account);
        app.get(BASE + "/accounts/{address}/transactions", this::transactions);
    }

    private void account(Context ctx) {
        Address address = Params.address(ctx.pathParam("address"));
        long height = chain.head().height();
        StateView state = chain.headState();
        Account account = state.account(address);
        ctx.json(new AccountView(address.toHex(), account.balance(), account.nonce(),
                pool.pendingNonce(address, state), height));
    }

    private void transactions(Context ctx) {
        Address address = Params.address(ctx.pathParam("address"));
        Page page = Page.of(ctx, DEFAULT_LIMIT, MAX_LIMIT);
        // One more than asked tells whether a next page exists.
        List<Hash32> hashes = chain.accountTransactions(address, page.offset(), page.limit() + 1);
        List<TransactionView> views = new ArrayList<>(page.limit());
        for (Hash32 hash : hashes.subList(0, Math.min(page.limit(), hashes.size()))) {
            lookup.included(hash).ifPresent(views::add);
        }
        Integer next = hashes.size() > page.limit() ? page.offset() + page.limit() : null;
        ctx.json(new AccountTransactionsView(address.toHex(), page.offset(), page.limit(), views, next));
    }
}
