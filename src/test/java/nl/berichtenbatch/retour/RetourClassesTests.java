package nl.berichtenbatch.retour;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nl.berichtenbatch.message.MessageClasses;
import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.Standard;

/**
 * The classes the writer gives RetourCodes ({@link MessageClasses}) are exactly the elements whose type in the
 * retour XSD ends with RetourCodes.
 */
class RetourClassesTests {

    static Stream<Arguments> heenberichtTypes() {
        return Stream.of(Standard.values()).flatMap(standard -> RetourFixtures.WITH_RETOUR.stream()
                .map(type -> Arguments.of(standard, type)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("heenberichtTypes")
    void classesAreTheElementsWhoseRetourTypeEndsWithRetourCodes(Standard standard, MessageType type)
            throws Exception {
        // given
        MessageKind retour = new MessageKind(standard, "3.2", type.answeredBy().orElseThrow());
        Path xsd = Path.of("schemas", standard.id(), "3.2", retour.name() + ".xsd");
        // when
        Set<String> inSchema = elementsWithRetourCodes(xsd);
        // then the iWmo 320 lacks Woonplaatsbeginsel; every other retour has exactly our classes
        Set<String> expected = new TreeSet<>();
        MessageClasses.of(type).forEach(path -> expected.add(path.substring(path.lastIndexOf('/') + 1)));
        if (standard == Standard.IWMO && type == MessageType.ANTWOORD) {
            expected.remove("Woonplaatsbeginsel");
        }
        assertThat(inSchema).isEqualTo(expected);
    }

    /** The names of the elements whose complex type has a RetourCodes child, except the Header. */
    private static Set<String> elementsWithRetourCodes(Path xsd) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document schema = factory.newDocumentBuilder().parse(xsd.toFile());
        Set<String> types = new TreeSet<>();
        NodeList complexTypes = schema.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "complexType");
        for (int i = 0; i < complexTypes.getLength(); i++) {
            Element type = (Element) complexTypes.item(i);
            NodeList elements = type.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "element");
            for (int j = 0; j < elements.getLength(); j++) {
                if ("RetourCodes".equals(((Element) elements.item(j)).getAttribute("name"))) {
                    types.add(type.getAttribute("name"));
                }
            }
        }
        Set<String> names = new TreeSet<>();
        NodeList elements = schema.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "element");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            String typeName = element.getAttribute("type");
            String local = typeName.substring(typeName.indexOf(':') + 1);
            if (types.contains(local) && !"Header".equals(element.getAttribute("name"))) {
                names.add(element.getAttribute("name"));
            }
        }
        return names;
    }
}
