/**
 * The transaction resources of the node API: a transaction by hash wherever it is (included, pending or queued),
 * submitting client-signed transactions to the pool — one per request, or up to 1 000 in a batch — and the pool's
 * contents. May import core, the chain and pool packages and {@code dev.ccoin.node.api.http}. Handlers are stateless
 * and thread-safe; views are immutable records.
 */
package dev.ccoin.node.api.transactions;
