/**
 * {@code ccoin bench}: measurements of this machine and of running nodes. {@code bench pow} is the hashcash
 * solve-time table of the original C++ solver plus the hash rate per thread count; {@code bench load} drives a whole
 * network with pre-signed transactions and audits their inclusion; {@code bench api} loads one node's HTTP API;
 * {@code bench sync} times {@code ccoin import} against a fresh node syncing the same generated chain;
 * {@code bench light} times the light client's header checks against the PSS verify rate, and its first and warm
 * calls; {@code bench memory} imports a growing chain in a heap of {@code state_memory_mb} plus a margin;
 * {@code bench restart} times a node's restart after {@code kill -9} with its state uncommitted against a clean
 * stop. Imports {@code core}, {@code node} (keystore, storage initialisation and reading, header rules),
 * {@code cli.command}, the client package and the light client; talks to nodes only over HTTP and runs them only as
 * child processes.
 * Nothing else in {@code cli} depends on it but the entry point, which registers {@code BenchCommand} (the
 * architecture test keeps that). Each command runs on the caller's thread and owns, and stops, every thread and
 * process it starts; the helper types are confined to their command unless they say otherwise.
 */
package dev.ccoin.cli.bench;
