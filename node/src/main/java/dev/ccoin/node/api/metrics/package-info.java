/**
 * {@code GET /metrics}: the node's gauges and counters in the Prometheus text format. Gauges are read when scraped
 * (head, peers, pool, mining); counters come from what the API can observe — head changes, admitted transactions,
 * its own submissions and requests — and from block imports reported to
 * {@link dev.ccoin.node.api.metrics.NodeMetrics#recordImport} by whoever submits blocks. May import core, the node's
 * chain, consensus, network, pool and mining packages, and the API's http and events packages. Thread-safe.
 */
package dev.ccoin.node.api.metrics;
