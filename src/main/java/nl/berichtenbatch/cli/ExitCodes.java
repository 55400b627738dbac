package nl.berichtenbatch.cli;

/** The exit codes of design.md 4.2, listed in {@code --help}. */
final class ExitCodes {

    /** The run completed; for validate: every file accepted. */
    static final int OK = 0;
    /** The run failed (database, disk, bug); for validate: at least one file rejected or invalid. */
    static final int FAILED = 1;
    /** Usage or configuration error. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
