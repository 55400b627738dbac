package nl.berichtenbatch.cli;

/** A mistake in how the command was called; shown as one line, exit code 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
