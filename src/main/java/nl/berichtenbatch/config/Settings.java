package nl.berichtenbatch.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

/**
 * The configuration as Spring Boot reads it ({@code application.yml} in the working directory or
 * {@code --config FILE}, overridable by environment variables and system properties), available before and
 * without an application context, so that commands such as {@code validate} start fast.
 */
public final class Settings {

    public static final String DEFAULT_FILE = "application.yml";

    private final Binder binder;
    private final Path file;

    private Settings(Binder binder, Path file) {
        this.binder = binder;
        this.file = file;
    }

    /**
     * Loads the given file, or {@code application.yml} in the working directory when none is given and it
     * exists, or only the environment.
     */
    public static Settings load(Path configFile) {
        Path file = configFile;
        if (file == null && Files.isRegularFile(Path.of(DEFAULT_FILE))) {
            file = Path.of(DEFAULT_FILE);
        }
        StandardEnvironment environment = new StandardEnvironment();
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new ConfigurationException("configuration file " + file + " not found");
            }
            for (PropertySource<?> source : read(file)) {
                environment.getPropertySources().addLast(source);
            }
        }
        return new Settings(Binder.get(environment), file);
    }

    private static List<PropertySource<?>> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        PropertySourceLoader loader = name.endsWith(".properties")
                ? new PropertiesPropertySourceLoader() : new YamlPropertySourceLoader();
        try {
            return loader.load("config file " + file, new FileSystemResource(file));
        } catch (IOException | RuntimeException e) {
            throw new ConfigurationException("configuration file " + file + " cannot be read: " + rootMessage(e), e);
        }
    }

    /** The configuration file that was read, if any. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Binds one concern's properties; defaults apply for what is not set. */
    public <T> T bind(String prefix, Class<T> type) {
        try {
            return binder.bindOrCreate(prefix, type);
        } catch (BindException e) {
            throw new ConfigurationException("configuration " + e.getName() + " is wrong: " + rootMessage(e), e);
        }
    }

    /** {@code berichtenbatch.data-dir} alone, without binding (and checking) the rest of the configuration. */
    public Path dataDir() {
        try {
            return binder.bind("berichtenbatch.data-dir", Path.class)
                    .orElseGet(() -> Path.of(BerichtenbatchProperties.DEFAULT_DATA_DIR));
        } catch (BindException e) {
            throw new ConfigurationException("configuration " + e.getName() + " is wrong: " + rootMessage(e), e);
        }
    }

    public InboxProperties inbox() {
        return bind("berichtenbatch.inbox", InboxProperties.class);
    }

    public BerichtenbatchProperties berichtenbatch() {
        return bind("berichtenbatch", BerichtenbatchProperties.class);
    }

    public ScheduleProperties schedule() {
        return bind("berichtenbatch.schedule", ScheduleProperties.class);
    }

    public PrivacyProperties privacy() {
        return bind("berichtenbatch.privacy", PrivacyProperties.class);
    }

    public CodeListProperties codeLists() {
        return bind("berichtenbatch.codelists", CodeListProperties.class);
    }

    public ValidationProperties validation() {
        return bind("berichtenbatch.validation", ValidationProperties.class);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
