/**
 * The {@code ccoin} command line (picocli): {@link dev.ccoin.cli.Main} assembles the commands, which live in one
 * package per command group and import {@code cli.command}, never this package. Commands are
 * {@code Callable<Integer>}; failures become exit code 1 with one line on stderr, usage errors exit code 2 (see
 * {@link dev.ccoin.cli.command.FailureHandler}). The load generator, {@code cli.bench}, is reached only through its
 * {@code BenchCommand}, registered here.
 */
package dev.ccoin.cli;
