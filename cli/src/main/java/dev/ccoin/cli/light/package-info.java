/**
 * The light client behind {@code ccoin balance --verify} and {@code ccoin tx get --verify} (protocol §10.1): it trusts
 * only the genesis file, checks every header it is served with the node's own header rules and fork choice, keeps
 * the verified chain in a crash-safe header store, and checks account and transaction proofs against the roots of
 * that chain. Every failure is a {@link dev.ccoin.cli.light.LightRefusal} reason. Reaches nodes through
 * {@link dev.ccoin.cli.light.NodeApi}, which the client package provides. May import core, node.consensus and the
 * genesis reader of cli.chain, never cli.client; its objects serve one command on one thread.
 */
package dev.ccoin.cli.light;
