/**
 * {@code ccoin bench}: measurements of this machine and of running nodes. {@code bench pow} is the hashcash
 * solve-time table of the original C++ solver plus the hash rate per thread count; {@code bench load} drives a whole
 * network with pre-signed transactions and audits their inclusion; {@code bench api} loads one node's HTTP API;
 * {@code bench sync} times {@code ccoin import} against a fresh node syncing the same generated chain.
 * Imports {@code core}, {@code node} (keystore, storage initialisation), {@code cli.command} and the client package;
 * talks to nodes only over HTTP and runs them only as child processes. Nothing else in {@code cli} depends on it but
 * the entry point, which registers {@code BenchCommand} (the architecture test keeps that). Each command runs on the caller's thread and owns, and stops,
 * every thread and process it starts; the helper types are confined to their command unless they say otherwise.
 */
package dev.ccoin.cli.bench;
