package dev.ccoin.cli.command;

import dev.ccoin.client.api.ApiError;
import dev.ccoin.client.api.ApiException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns any exception a command throws into one line on stderr and exit code 1. Domain exceptions already carry a
 * message naming what is wrong (a file, a reason code); the stack trace is printed only with {@code CCOIN_DEBUG=1}.
 */
public final class FailureHandler implements IExecutionExceptionHandler {
    public static final int FAILURE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        commandLine.getErr().println("error: " + message.lines().findFirst().orElse(message) + hint(e));
        if ("1".equals(System.getenv("CCOIN_DEBUG"))) {
            e.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return FAILURE;
    }

    /** How to point a client command elsewhere, when the node API it was pointed at is not there. */
    private static String hint(Exception e) {
        if (e instanceof ApiException api
                && (api.error() == ApiError.UNREACHABLE || api.error() == ApiError.NOT_THE_API)) {
            return "; point elsewhere with --api URL or CCOIN_API";
        }
        return "";
    }
}
