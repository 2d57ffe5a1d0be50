/**
 * The client commands — {@code ccoin tx send|get}, {@code block get|count}, {@code balance}, {@code status},
 * {@code peers} — on the client library ({@code dev.ccoin.client}): its {@code NodeClient} speaks to a node's HTTP
 * API (§10), its wallet and {@code TransactionSender} sign and stamp transactions here; the node never holds the key.
 * With {@code --verify}, {@code balance} and {@code tx get} hand over to the light client ({@code cli.light}), given
 * the nodes to ask. Commands print people-readable text by default and the API's JSON with {@code --json}. May import
 * core, the client library, the CLI's options and the light client. Each command object serves one invocation on one
 * thread.
 */
package dev.ccoin.cli.client;
