package nl.berichtenbatch.config;

/** The configuration is missing, unreadable or wrong: a user mistake, reported in one line (exit code 2). */
public class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
