package nl.berichtenbatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.berichtenbatch.config.ConfigurationException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Builds the command line and runs it. Known failures become one line on standard error with the exit codes of
 * design.md 4.2; only a bug shows more, and then only in the log.
 */
public final class Cli {

    private static final Logger log = LoggerFactory.getLogger(Cli.class);
    private static final String NAME = "berichtenbatch";

    private Cli() {
    }

    /** Runs the command line with the given writers (tests capture them). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new BerichtenbatchCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(Cli::usageError);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd.getErr()));
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName(); // e.g. "berichtenbatch report variants"
        command.getErr().println(NAME + ": " + e.getMessage() + " (see '" + name + " --help')");
        return ExitCodes.USAGE;
    }

    static int failure(Exception e, PrintWriter err) {
        // a failure while Spring starts arrives wrapped: the first known cause is the one to tell
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UsageException || cause instanceof ConfigurationException) {
                // a message of several lines (every bad row of the contracts file) keeps the platform's line ends
                (NAME + ": " + cause.getMessage()).lines().forEach(err::println);
                return ExitCodes.USAGE;
            }
            if (cause instanceof org.springframework.boot.context.properties.bind.BindException bind) {
                err.println(NAME + ": configuration " + bind.getName() + " is wrong: "
                        + rootMessage(bind));
                return ExitCodes.USAGE;
            }
            if (cause instanceof IOException || cause instanceof UncheckedIOException) {
                err.println(NAME + ": " + cause.getMessage());
                return ExitCodes.FAILED;
            }
            if (cause instanceof nl.berichtenbatch.job.RunFailedException failed) {
                log.error("run " + failed.run() + " failed", e);
                err.println(NAME + ": run " + failed.run() + " failed: " + rootMessage(failed) + details()
                        + " (continue it with: berichtenbatch jobs restart " + failed.run() + ")");
                RunOutcome.memoryHint(failed.run(),
                        org.springframework.core.NestedExceptionUtils.getMostSpecificCause(failed).getClass().getName(),
                        err);
                return ExitCodes.FAILED;
            }
            if (cause instanceof java.sql.SQLException || cause instanceof org.springframework.dao.DataAccessException) {
                log.error("database failure", e);
                err.println(NAME + ": the database failed: " + rootMessage(cause) + details());
                return ExitCodes.FAILED;
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        log.error("internal error", e);
        err.println(NAME + ": internal error: " + e + details());
        return ExitCodes.FAILED;
    }

    private static String details() {
        java.nio.file.Path file = LogFile.current();
        return file == null ? "" : " (details in " + file + ")";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
