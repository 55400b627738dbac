package nl.berichtenbatch.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * What reaches the terminal: the product's own warnings and errors and its progress lines. The frameworks' log,
 * stack traces included, goes to {@code <data-dir>/logs/berichtenbatch.log} only: the operator gets one clear line
 * from the command and the details are in the file.
 */
public final class ConsoleLogFilter extends Filter<ILoggingEvent> {

    @Override
    public FilterReply decide(ILoggingEvent event) {
        String logger = event.getLoggerName();
        if (logger.equals("nl.berichtenbatch.progress")) {
            return FilterReply.ACCEPT;
        }
        if (event.getThrowableProxy() != null) {
            return FilterReply.DENY;  // stack traces go to the log file; the command prints its one line
        }
        if (logger.startsWith("nl.berichtenbatch") && event.getLevel().isGreaterOrEqual(Level.WARN)) {
            return FilterReply.ACCEPT;
        }
        return FilterReply.DENY;
    }
}
