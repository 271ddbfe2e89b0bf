package org.claimgraph.cli;

/** An error for the user, with the exit code to return: printed without a stack trace. */
final class UserException extends RuntimeException {
    private final int exitCode;

    UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() { return exitCode; }
}
