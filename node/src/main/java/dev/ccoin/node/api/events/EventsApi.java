package dev.ccoin.node.api.events;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.node.api.chain.BlockViews;
import dev.ccoin.node.api.http.ApiRoutes;
import dev.ccoin.node.api.transactions.TransactionLookup;
import dev.ccoin.node.chain.HeadChange;
import dev.ccoin.node.chain.HeadListener;
import io.javalin.Javalin;

/**
 * {@code GET /events}: Server-Sent Events. {@code block} carries each block that joins the canonical chain (oldest
 * first after a reorg) with its transaction hashes; {@code tx} carries each transaction the pool admits, with its
 * status then. Both are the JSON of the matching {@code GET} endpoints. As a {@link HeadListener} and a transaction
 * listener it only queues work on the {@link EventStream}, so it never blocks the chain thread. Thread-safe.
 */
public final class EventsApi implements ApiRoutes, HeadListener {
    public static final String BLOCK = "block";
    public static final String TX = "tx";

    private final EventStream stream;
    private final BlockViews blocks;
    private final TransactionLookup transactions;

    public EventsApi(EventStream stream, BlockViews blocks, TransactionLookup transactions) {
        this.stream = stream;
        this.blocks = blocks;
        this.transactions = transactions;
    }

    @Override
    public void register(Javalin app) {
        app.get(BASE + "/events", stream::subscribe);
    }

    @Override
    public void onHeadChange(HeadChange change) {
        for (Block block : change.added()) {
            stream.publish(BLOCK, () -> blocks.withHashes(block));
        }
    }

    /** Told of every admitted transaction, on the submitting thread. */
    public void onTransaction(Transaction tx) {
        stream.publish(TX, () -> transactions.find(tx.hash()).orElse(null));
    }
}
