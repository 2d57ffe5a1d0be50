/**
 * Commands that work on a node's chain database directly, without a running node: {@code init}, {@code export} and
 * {@code import}. Each opens the data dir's database for its own run; {@code export} and {@code import} open it as a
 * {@code LocalChain} with a {@code NodeScheduler} of their own for the verifier pool, stopped when they end.
 */
package dev.ccoin.cli.chain;
