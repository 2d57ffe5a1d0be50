/**
 * The node's HTTP JSON API (protocol §10), under {@code /api/v1}: {@link dev.ccoin.node.api.ApiServer} builds the
 * Javalin server from one routes class per resource group — chain, transactions, accounts, status, events, metrics,
 * each in its own package — with one error mapping ({@code http}). No endpoint signs with a key of the node: clients
 * sign. May import every API package, {@code dev.ccoin.node} and its read views. The server is thread-safe; handlers
 * read immutable snapshots (the chain head) or thread-safe views (the pool, the network).
 */
package dev.ccoin.node.api;
