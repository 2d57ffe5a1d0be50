/**
 * The {@code ccoin} command line (picocli): {@link dev.ccoin.cli.Main} assembles the commands, which live in one
 * package per command group. Commands are {@code Callable<Integer>}; failures become exit code 1 with one line on
 * stderr, usage errors exit code 2 (see {@link dev.ccoin.cli.FailureHandler}).
 */
package dev.ccoin.cli;
