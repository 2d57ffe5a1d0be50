/**
 * The client commands — {@code ccoin tx send|get}, {@code block get|count}, {@code balance}, {@code status},
 * {@code peers} — and {@link dev.ccoin.cli.client.ApiClient}, which speaks to a node's HTTP API (§10). The client
 * signs and stamps transactions itself; the node never holds its key. With {@code --verify}, {@code balance} and
 * {@code tx get} hand over to the light client ({@code cli.light}), given the nodes to ask. Commands print
 * people-readable text by default and the API's JSON with {@code --json}. May import core, the node's keystore,
 * the CLI's options and the light client. Each command object serves one invocation on one thread;
 * {@code ApiClient} is thread-safe.
 */
package dev.ccoin.cli.client;
