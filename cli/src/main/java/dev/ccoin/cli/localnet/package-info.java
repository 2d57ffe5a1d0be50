/**
 * {@code ccoin localnet}: a whole dev network in one command — keys, genesis, a discovery service and full nodes on
 * loopback, each with its own data dir and ports, run as child processes ({@link dev.ccoin.cli.localnet.ChildJvm})
 * or all inside the localnet's JVM ({@link dev.ccoin.cli.localnet.InProcessMember}, {@code --in-process}). The
 * layout on disk ({@link dev.ccoin.cli.localnet.LocalnetLayout}) is kept, so running the command again resumes the
 * same chain, and whole-network snapshots of it ({@link dev.ccoin.cli.localnet.LocalnetSnapshots}) are taken and
 * restored while it is stopped. Commands run on picocli's thread; nothing here is shared between threads.
 */
package dev.ccoin.cli.localnet;
