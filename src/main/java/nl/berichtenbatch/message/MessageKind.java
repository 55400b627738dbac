package nl.berichtenbatch.message;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Standard, release and message type of a message, as named by the namespace of its root element.
 *
 * @param release the release in dotted form, e.g. {@code 3.2}
 */
public record MessageKind(Standard standard, String release, MessageType type) {

    private static final Pattern NAMESPACE = Pattern.compile(
            "http://www\\.istandaarden\\.nl/(ijw|iwmo)/(\\d+)_(\\d+)/(jw|wmo)(\\d{3})/schema");

    /** The message name as the standard writes it: {@code JW301}, {@code WMO325}. */
    public String name() {
        return standard.messagePrefix() + type.number();
    }

    /** The namespace of the message's root element. */
    public String namespace() {
        return "http://www.istandaarden.nl/" + standard.id() + "/" + release.replace('.', '_') + "/"
                + standard.messagePrefix().toLowerCase() + type.number() + "/schema";
    }

    /** The namespace of the basisschema that the message's schema imports. */
    public String basisschemaNamespace() {
        return "http://www.istandaarden.nl/" + standard.id() + "/" + release.replace('.', '_') + "/basisschema/schema";
    }

    public String berichtCode() {
        return type.berichtCode(standard);
    }

    /**
     * Reads a message namespace. Only the pattern is checked here; whether the release is supported is for
     * the schema catalogue to say.
     */
    public static Optional<MessageKind> fromNamespace(String namespace) {
        if (namespace == null) {
            return Optional.empty();
        }
        Matcher m = NAMESPACE.matcher(namespace);
        if (!m.matches()) {
            return Optional.empty();
        }
        Standard standard = Standard.fromId(m.group(1)).orElseThrow();
        boolean prefixFits = m.group(4).equalsIgnoreCase(standard.messagePrefix());
        return prefixFits
                ? MessageType.fromNumber(m.group(5)).map(t -> new MessageKind(standard, m.group(2) + "." + m.group(3), t))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return standard.displayName() + " " + release + " " + name();
    }
}
