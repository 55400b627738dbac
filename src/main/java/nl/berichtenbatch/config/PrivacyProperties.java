package nl.berichtenbatch.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pseudonymKey secret for the keyed BSN pseudonyms in state, audit trail and logs; set it from an
 *                     environment variable ({@code BERICHTENBATCH_PRIVACY_PSEUDONYMKEY}), never in a shared file
 */
@ConfigurationProperties("berichtenbatch.privacy")
public record PrivacyProperties(String pseudonymKey) {
}
