/**
 * What every {@code ccoin} command may use, below the entry point that assembles them: the failure a user can act
 * on ({@link dev.ccoin.cli.command.CommandFailure}) and its exit code ({@link dev.ccoin.cli.command.FailureHandler}),
 * holding a long-running service until the JVM stops, and {@link dev.ccoin.cli.command.CcoinProgram}, through which a
 * command starts more of {@code ccoin}. Imports picocli and the JDK only, never a command package; stateless.
 */
package dev.ccoin.cli.command;
