package nl.berichtenbatch.cli;

import java.nio.file.Path;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;

/** The full log of the commands that run the job: {@code <data-dir>/logs/berichtenbatch.log}. */
final class LogFile {

    private static Path attached;

    private LogFile() {
    }

    /**
     * Sends the full log to the data-dir's log file. Spring Boot starts its logging again from logback.xml when a
     * context starts, which takes this appender off: {@link SpringContexts} attaches it again after that (the file
     * was left empty before, while the one-line failures pointed to it).
     */
    static synchronized Path attach(Path dataDir) {
        Path file = dataDir.resolve("logs").resolve("berichtenbatch.log");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        if (file.equals(attached) && context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE") != null) {
            return file;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.Appender<ILoggingEvent> earlier = root.getAppender("FILE");
        if (earlier != null) {
            root.detachAppender(earlier);
            earlier.stop();
        }
        root.addAppender(appender);
        attached = file;
        return file;
    }

    /** Where the details are, for the one-line messages of a failure; null when no command opened a data-dir. */
    static synchronized Path current() {
        return attached;
    }
}
