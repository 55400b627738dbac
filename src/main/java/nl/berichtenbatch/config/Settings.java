package nl.berichtenbatch.config;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
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

    private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of("berichtenbatch");

    /** The properties records, each bound under the prefix of its {@code @ConfigurationProperties}. */
    private static final List<Class<? extends Record>> SECTIONS = List.of(BerichtenbatchProperties.class,
            InboxProperties.class, ScheduleProperties.class, PrivacyProperties.class, CodeListProperties.class,
            ValidationProperties.class);

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
            List<PropertySource<?>> sources = read(file);
            requireKnown(file, sources);
            for (PropertySource<?> source : sources) {
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

    /**
     * Fails on a setting under {@code berichtenbatch.} that the product does not have, so that a misspelt optional
     * key (say {@code contract:} for {@code contracts:}, or {@code settle-secs:}) is an error rather than a default
     * quietly taken. Spring's relaxed forms count ({@code dataDir}, {@code data_dir}); other prefixes (spring.,
     * logging.) are not ours to judge.
     */
    private static void requireKnown(Path file, List<PropertySource<?>> sources) {
        List<ConfigurationPropertyName> known = knownSettings();
        for (PropertySource<?> source : sources) {
            if (!(source instanceof EnumerablePropertySource<?> names)) {
                continue;
            }
            for (String name : names.getPropertyNames()) {
                ConfigurationPropertyName setting = ConfigurationPropertyName.adapt(name, '.');
                if (!ROOT.isAncestorOf(setting) || known.stream().anyMatch(k -> k.equals(setting)
                        || k.isAncestorOf(setting) || setting.isAncestorOf(k))) {
                    continue;
                }
                throw new ConfigurationException(name + " in " + file + " is not a setting of berichtenbatch"
                        + nearest(setting, known).map(k -> " (did you mean " + k + "?)").orElse("")
                        + "; the settings are: " + known.stream().map(Object::toString)
                                .collect(Collectors.joining(", ")));
            }
        }
    }

    /** Every setting of the records' components, nested records included, in their canonical (dashed) form. */
    static List<ConfigurationPropertyName> knownSettings() {
        List<ConfigurationPropertyName> known = new ArrayList<>();
        for (Class<? extends Record> section : SECTIONS) {
            String prefix = section.getAnnotation(ConfigurationProperties.class).value();
            addComponents(ConfigurationPropertyName.of(prefix), section, known);
        }
        return known;
    }

    private static void addComponents(ConfigurationPropertyName prefix, Class<?> type,
            List<ConfigurationPropertyName> known) {
        for (RecordComponent component : type.getRecordComponents()) {
            ConfigurationPropertyName name = prefix.append(dashed(component.getName()));
            if (component.getType().isRecord()) {
                addComponents(name, component.getType(), known);
            } else {
                known.add(name);
            }
        }
    }

    private static String dashed(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The known setting closest in spelling to a misspelt one, when it is close enough to be meant. */
    private static Optional<ConfigurationPropertyName> nearest(ConfigurationPropertyName setting,
            List<ConfigurationPropertyName> known) {
        String wrong = setting.toString();
        ConfigurationPropertyName best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ConfigurationPropertyName candidate : known) {
            int distance = distance(wrong, candidate.toString());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= 3 ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
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
