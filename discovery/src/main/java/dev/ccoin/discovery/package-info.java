/**
 * The ccoin discovery service (protocol §9), the bootstrap point of a network: {@link
 * dev.ccoin.discovery.DiscoveryService} runs the registry, its expiry sweep and the HTTP server together.
 * Sub-packages: {@code peers} (state and rules), {@code http} (the JSON face). Imports core only, never the node.
 */
package dev.ccoin.discovery;
