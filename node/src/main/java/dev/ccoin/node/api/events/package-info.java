/**
 * Live events of the node API: {@code GET /events} streams Server-Sent Events — {@code block} for every block that
 * joins the canonical chain, {@code tx} for every transaction the pool admits — as JSON. May import core, the chain
 * package, and the API's http, chain and transactions packages. {@link dev.ccoin.node.api.events.EventStream} owns
 * the subscribers and sends on the one events thread the node's scheduler gives it; everything is thread-safe.
 */
package dev.ccoin.node.api.events;
