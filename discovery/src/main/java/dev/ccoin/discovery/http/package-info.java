/**
 * The discovery service's HTTP JSON face (protocol §9), on Javalin: {@link dev.ccoin.discovery.http.DiscoveryServer}
 * routes {@code /peers} and {@code /health} to {@link dev.ccoin.discovery.http.PeerEndpoints}, which read bodies
 * strictly (size cap, no unknown or duplicate fields) and turn them into core discovery messages;
 * {@link dev.ccoin.discovery.http.ErrorMapper} is the one place exceptions become {@code {"error","message"}}
 * responses. Imports core and the peers package; handlers hold no state of their own and are thread-safe.
 */
package dev.ccoin.discovery.http;
