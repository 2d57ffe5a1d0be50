/**
 * The node's live events: {@link dev.ccoin.client.events.EventSubscription} reads {@code GET /events} (Server-Sent
 * Events), reconnects with backoff and catches up on the blocks it missed. Imports the client's api and model and
 * core's types. Owns one reader thread per subscription; thread-safe.
 */
package dev.ccoin.client.events;
