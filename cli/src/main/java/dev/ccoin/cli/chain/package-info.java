/**
 * Commands that work on a node's chain database directly, without a running node: {@code init}, and later
 * {@code export} and {@code import}. Each opens the data dir's database for its own run.
 */
package dev.ccoin.cli.chain;
