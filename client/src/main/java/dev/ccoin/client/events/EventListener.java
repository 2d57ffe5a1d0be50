package dev.ccoin.client.events;

import dev.ccoin.client.api.ApiException;
import dev.ccoin.client.model.Block;
import dev.ccoin.client.model.TransactionInfo;

/**
 * What an {@link EventSubscription} tells: each block that joins the canonical chain (live, or caught up after a
 * reconnect), each transaction the node's pool admits (live only), and the connection's ups and downs. Called on the
 * subscription's one thread, in order; a listener that blocks holds up the stream, and an exception it throws ends
 * that call only (the subscription neither logs it nor stops).
 */
public interface EventListener {
    /** A block joined the canonical chain; its transactions come as hashes. */
    void onBlock(Block block);

    /** The pool admitted a transaction ({@code pending} or {@code queued}). */
    default void onTransaction(TransactionInfo transaction) {
    }

    /** The stream is open; every event from now on is delivered. Called again after each reconnect. */
    default void onConnected() {
    }

    /** The stream ended or could not be opened, with the reason; the subscription retries unless closed. */
    default void onDisconnected(ApiException reason) {
    }
}
