package nl.berichtenbatch.processing;

import java.util.List;
import java.util.Set;

import nl.berichtenbatch.config.Role;

/** Our role and own codes: which messages are ours to receive or to send. */
public record Identities(Role role, Set<String> codes) {

    public Identities {
        codes = Set.copyOf(codes);
    }

    public static Identities of(Role role, List<String> codes) {
        return new Identities(role, Set.copyOf(codes));
    }

    public boolean isOurs(String code) {
        return code != null && codes.contains(code);
    }
}
