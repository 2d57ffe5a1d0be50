/**
 * {@code ccoin localnet}: a whole dev network in one command — keys, genesis, a discovery service and full nodes as
 * child processes on loopback, each with its own data dir and ports. The layout on disk
 * ({@link dev.ccoin.cli.localnet.LocalnetLayout}) is kept, so running the command again resumes the same chain.
 */
package dev.ccoin.cli.localnet;
