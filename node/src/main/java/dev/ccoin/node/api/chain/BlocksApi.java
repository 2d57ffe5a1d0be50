package dev.ccoin.node.api.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.api.http.ApiRoutes;
import dev.ccoin.node.api.http.Params;
import dev.ccoin.node.chain.ChainView;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /blocks/count} (head height + 1, a bare number), {@code GET /blocks/{id}} ({@code ?full=true} for whole
 * transactions), {@code GET /blocks/{id}/raw} (the wire bytes, {@code application/msgpack}) and
 * {@code GET /blocks?from=&limit=&order=} (canonical headers, newest first unless {@code order=asc}; at most 100).
 * Thread-safe.
 */
public final class BlocksApi implements ApiRoutes {
    public static final String MSGPACK = "application/msgpack";
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final ChainView chain;
    private final BlockViews views;

    public BlocksApi(ChainView chain) {
        this.chain = chain;
        this.views = new BlockViews(chain);
    }

    @Override
    public void register(Javalin app) {
        // Before /blocks/{id}: Javalin tries handlers in the order they were added.
        app.get(BASE + "/blocks/count", ctx -> ctx.json(chain.head().height() + 1));
        app.get(BASE + "/blocks", this::page);
        app.get(BASE + "/blocks/{id}", this::block);
        app.get(BASE + "/blocks/{id}/raw", this::raw);
    }

    private void block(Context ctx) {
        Block block = BlockId.resolve(ctx.pathParam("id"), chain);
        ctx.json(Params.flag(ctx, "full") ? views.withTransactions(block) : views.withHashes(block));
    }

    private void raw(Context ctx) {
        Block block = BlockId.resolve(ctx.pathParam("id"), chain);
        ctx.contentType(MSGPACK).result(block.encode());
    }

    private void page(Context ctx) {
        boolean ascending = Params.choice(ctx, "order", "desc", "asc").equals("asc");
        int limit = Params.intQuery(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        long head = chain.head().height();
        long from = Params.longQuery(ctx, "from", 0, Long.MAX_VALUE).orElse(ascending ? 0 : head);
        List<BlockView> blocks = new ArrayList<>(limit);
        long height = ascending ? from : Math.min(from, head);
        while (blocks.size() < limit && height >= 0) {
            Optional<Block> block = chain.blockAt(height);
            if (block.isEmpty()) {
                break;
            }
            blocks.add(views.header(block.get()));
            height += ascending ? 1 : -1;
        }
        boolean more = ascending ? height <= chain.head().height() : height >= 0;
        ctx.json(new BlockPage(blocks, blocks.isEmpty() || !more ? null : height));
    }
}
