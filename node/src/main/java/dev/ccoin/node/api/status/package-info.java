/**
 * The node resources of the node API: {@code /status} (identity, chain, head, sync, pool and mining at a glance) and
 * {@code /peers}. May import core, {@code dev.ccoin.node} and its chain, network, mining and pool packages, and the
 * API's http package. Handlers read thread-safe views only; views are immutable records.
 */
package dev.ccoin.node.api.status;
