package nl.berichtenbatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
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
        // AUTO_SERVER: an operator's 'jobs list' or 'audit verify' can open the database while 'serve' has it open;
        // WRITE_DELAY=0: a commit is on disk before the files it planned are moved, also when the process is killed
        defaults.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("db").resolve("berichtenbatch")
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
        defaults.put("spring.datasource.username", "sa");
        List<String> args = new ArrayList<>();
        settings.file().ifPresent(file -> args.add("--spring.config.additional-location=file:"
                + file.toAbsolutePath().normalize()));
        args.add("--berichtenbatch.data-dir=" + dataDir);
        return new SpringApplicationBuilder(BerichtenbatchApplication.class)
                .properties(defaults)
                // our own hook stops a run cleanly first (GracefulStop); Boot's would close the database under it
                .registerShutdownHook(false)
                .run(args.toArray(String[]::new));
    }
}
