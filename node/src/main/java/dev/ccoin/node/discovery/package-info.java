/**
 * The node's side of the discovery service (protocol §9.1): {@link dev.ccoin.node.discovery.DiscoveryClient} registers
 * the node, refreshes the registration, hands the peers it learns to the P2P network and deregisters on a clean
 * stop, riding out outages with capped exponential backoff. Imports core (the signed messages) and node config;
 * never the discovery module. The client is thread-safe; its work runs on one injected scheduler thread. LAN
 * announcements (§9.2) live in the {@code lan} sub-package.
 */
package dev.ccoin.node.discovery;
