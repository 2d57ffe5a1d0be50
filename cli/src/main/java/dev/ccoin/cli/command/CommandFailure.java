package dev.ccoin.cli.command;

/**
 * A command that cannot do what was asked, for a reason the user can act on. {@link FailureHandler} prints the
 * message as one line and exits with code 1.
 */
public final class CommandFailure extends RuntimeException {
    public CommandFailure(String message) {
        super(message);
    }

    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
