package nl.berichtenbatch.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How files are taken from the inbox.
 *
 * @param settleSeconds a file younger than this is not yet claimed (it may still be being written)
 * @param maxFileBytes  larger files are rejected unread (the chain's limit is 25 MB)
 */
@ConfigurationProperties("berichtenbatch.inbox")
public record InboxProperties(@DefaultValue("5") int settleSeconds, @DefaultValue("26214400") long maxFileBytes) {

    public InboxProperties {
        if (settleSeconds < 0) {
            throw new IllegalArgumentException("berichtenbatch.inbox.settle-seconds must be 0 or more");
        }
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("berichtenbatch.inbox.max-file-bytes must be more than 0");
        }
    }
}
