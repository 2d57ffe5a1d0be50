/**
 * The signed messages of the discovery service (protocol §9), shared by the service and the node's client: a
 * {@link dev.ccoin.core.discovery.Registration} and a {@link dev.ccoin.core.discovery.Deregistration}, their
 * canonical encodings, the one way a node key signs them ({@link dev.ccoin.core.discovery.NodeSignedMessage}), and
 * the protocol's timings. Imports only core types, codec and crypto; immutable values, thread-safe.
 */
package dev.ccoin.core.discovery;
