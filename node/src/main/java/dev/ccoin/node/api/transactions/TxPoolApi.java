package dev.ccoin.node.api.transactions;

import dev.ccoin.node.api.http.ApiRoutes;
import dev.ccoin.node.api.http.Params;
import dev.ccoin.node.txpool.PoolEntry;
import dev.ccoin.node.txpool.TxPool;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /txpool?limit=}: the pool's counts and up to {@code limit} (default 100, at most 10 000) entries of
 * each list. Thread-safe.
 */
public final class TxPoolApi implements ApiRoutes {
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = TxPool.DEFAULT_CAPACITY;

    private final TxPool pool;

    public TxPoolApi(TxPool pool) {
        this.pool = pool;
    }

    @Override
    public void register(Javalin app) {
        app.get(BASE + "/txpool", this::get);
    }

    private void get(Context ctx) {
        int limit = Params.intQuery(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        List<PoolEntry> pending = pool.pending();
        List<PoolEntry> queued = pool.queued();
        ctx.json(new PoolView(pending.size(), queued.size(), first(pending, limit), first(queued, limit)));
    }

    private static List<PoolEntryView> first(List<PoolEntry> entries, int limit) {
        return entries.stream().limit(limit).map(PoolEntryView::of).toList();
    }
}
