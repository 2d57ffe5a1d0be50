/**
 * {@code ccoin node}: resolves the node's settings (flags, then {@code CCOIN_*} variables, then {@code ccoin.json},
 * then defaults), unlocks a validator's key and runs the node until it is interrupted.
 */
package dev.ccoin.cli.node;
