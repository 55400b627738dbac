package nl.berichtenbatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import nl.berichtenbatch.BerichtenbatchApplication;
import nl.berichtenbatch.audit.Pseudonymizer;
import nl.berichtenbatch.config.BerichtenbatchProperties;
import nl.berichtenbatch.config.ConfigurationException;
import nl.berichtenbatch.config.Settings;

/**
 * Starts the application context for the commands that need the database, after checking the configuration, so
 * that a missing key is one clear line rather than a Spring stack trace.
 */
final class SpringContexts {

    private SpringContexts() {
    }

    static ConfigurableApplicationContext open(Settings settings) {
        BerichtenbatchProperties properties = settings.berichtenbatch().requireComplete();
        try {
            new Pseudonymizer(settings.privacy().pseudonymKey());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage()
                    + " (set it in the environment: BERICHTENBATCH_PRIVACY_PSEUDONYMKEY)");
        }
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        LogFile.attach(dataDir);
        Map<String, Object> defaults = new HashMap<>();
        // WRITE_DELAY=500: H2's own thread writes the commits to disk within half a second, so the run does not wait
        // for a forced write per chunk; before files are written or moved for an outcome, Outputs forces everything
        // committed to disk (H2Durability), so a killed process can lose processing, which the next run redoes, but
        // never an outcome whose answer was already written;
        // DB_CLOSE_ON_EXIT=FALSE: on SIGTERM the run finishes its files first, then the context closes the database.
        // (H2 cannot combine this with AUTO_SERVER: an embedded database has one process at a time; use PostgreSQL
        // to run operator commands while serve runs.)
        // QUERY_CACHE_SIZE: one file uses some forty statements; H2's default cache of 8 parsed them again every time.
        defaults.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("db").resolve("berichtenbatch")
                + ";WRITE_DELAY=500;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256");
        defaults.put("spring.datasource.username", "sa");
        List<String> args = new ArrayList<>();
        settings.file().ifPresent(file -> args.add("--spring.config.additional-location=file:"
                + file.toAbsolutePath().normalize()));
        args.add("--berichtenbatch.data-dir=" + dataDir);
        return new SpringApplicationBuilder(BerichtenbatchApplication.class)
                .properties(defaults)
                // our own hook stops a run cleanly first (GracefulStop); Boot's would close the database under it
                .registerShutdownHook(false)
                // Boot's logging starts again from logback.xml on this event, without our file: attach it after that
                .listeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> LogFile.attach(dataDir))
                .run(args.toArray(String[]::new));
    }
}
