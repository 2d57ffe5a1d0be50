/**
 * {@code ccoin node}: resolves the node's settings (flags, then {@code CCOIN_*} variables, then {@code ccoin.json},
 * then defaults), unlocks a validator's key and runs the node until it is interrupted. {@code NodeRuntime} makes the
 * node's one {@code NodeScheduler} and starts the node, its network, discovery client and API on its threads.
 */
package dev.ccoin.cli.node;
