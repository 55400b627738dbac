package nl.berichtenbatch.message;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;

/**
 * The JAXB contexts of the message classes generated at build time from {@code schemas/}: one per message,
 * created once per process on first use. Unmarshalling reads through the hardened StAX factory.
 */
public final class JaxbContexts {

    private final Map<MessageKind, JAXBContext> contexts = new ConcurrentHashMap<>();
    private final XMLInputFactory inputs = SecureXml.xmlInputFactory();

    /**
     * The Java package XJC derives from a message namespace, e.g. {@code nl.istandaarden.ijw._3_2.jw301.schema}.
     */
    static String packageOf(MessageKind kind) {
        return "nl.istandaarden." + kind.standard().id() + "._" + kind.release().replace('.', '_') + "."
                + kind.standard().messagePrefix().toLowerCase() + kind.type().number() + ".schema";
    }

    public JAXBContext context(MessageKind kind) {
        return contexts.computeIfAbsent(kind, k -> {
            try {
                return JAXBContext.newInstance(packageOf(k), JaxbContexts.class.getClassLoader());
            } catch (JAXBException e) {
                throw new IllegalStateException("No message classes for " + k + ": " + e, e);
            }
        });
    }

    /**
     * The message as generated classes (the {@code Root} type of its package). Only for messages that passed
     * level 1.
     */
    public Object unmarshal(MessageRead message) {
        if (!message.isValid()) {
            throw new IllegalArgumentException(message.file() + " did not pass level 1");
        }
        try {
            XMLStreamReader reader = inputs.createXMLStreamReader(new ByteArrayInputStream(message.content()), "UTF-8");
            try {
                Unmarshaller unmarshaller = context(message.kind()).createUnmarshaller();
                Object result = unmarshaller.unmarshal(reader);
                return result instanceof JAXBElement<?> element ? element.getValue() : result;
            } finally {
                reader.close();
            }
        } catch (JAXBException | XMLStreamException e) {
            throw new IllegalStateException("A valid message cannot be unmarshalled: " + message.file() + ": " + e, e);
        }
    }
}
