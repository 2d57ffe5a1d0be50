/**
 * The discovery service's state and rules: the {@link dev.ccoin.discovery.peers.Registry} of live registrations
 * (the one owner of that state), the {@link dev.ccoin.discovery.peers.Authenticator} that checks signed requests,
 * and the {@link dev.ccoin.discovery.peers.Refusal} reason codes. Knows nothing of HTTP; imports core only. The
 * registry and authenticator are thread-safe.
 */
package dev.ccoin.discovery.peers;
