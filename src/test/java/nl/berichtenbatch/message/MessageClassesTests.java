package nl.berichtenbatch.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.rules.RuleTestSupport;

/**
 * Class assignment for locations in both forms: the element path (a position on every repeatable element) and the
 * official level-2 location (a position only where same-named siblings repeat).
 */
class MessageClassesTests {

    private static final String PRODUCTS = "/Bericht/Client/StartProducten/StartProduct";

    @Test
    void assignsALoneRepeatableElementInEitherForm() throws IOException {
        // given a start with one StartProduct
        XmlElement root = start(1);
        // when / then
        assertThat(MessageClasses.classOf(MessageType.START, root, PRODUCTS + "/Begindatum"))
                .isEqualTo(PRODUCTS + "[1]");
        assertThat(MessageClasses.classOf(MessageType.START, root, PRODUCTS + "[1]/Begindatum"))
                .isEqualTo(PRODUCTS + "[1]");
        assertThat(MessageClasses.classOf(MessageType.START, root, PRODUCTS)).isEqualTo(PRODUCTS + "[1]");
    }

    @Test
    void assignsRepeatedSiblingsByTheirPosition() throws IOException {
        // given a start with two StartProducts
        XmlElement root = start(2);
        // when / then both forms write the position here
        assertThat(MessageClasses.classOf(MessageType.START, root, PRODUCTS + "[2]/Product/Code"))
                .isEqualTo(PRODUCTS + "[2]");
        assertThat(MessageClasses.classOf(MessageType.START, root, PRODUCTS + "[1]/StatusAanlevering"))
                .isEqualTo(PRODUCTS + "[1]");
    }

    @Test
    void assignsAnAbsentElementToTheClassAroundIt() throws IOException {
        // given a StartProduct without Einddatum (a rule may name the element that is missing)
        XmlElement root = start(1);
        // when / then
        assertThat(MessageClasses.classOf(MessageType.START, root, PRODUCTS + "/Einddatum"))
                .isEqualTo(PRODUCTS + "[1]");
        assertThat(MessageClasses.elementPath(root, PRODUCTS + "/Einddatum")).isEqualTo(PRODUCTS + "[1]/Einddatum");
    }

    @Test
    void leavesTheHeaderAndForeignLocationsOutsideEveryClass() throws IOException {
        // given
        XmlElement root = start(1);
        // when / then
        assertThat(MessageClasses.classOf(MessageType.START, root, "/Bericht/Header/Dagtekening")).isNull();
        assertThat(MessageClasses.classOf(MessageType.START, root, PRODUCTS + "[3]/Begindatum")).isEqualTo("/Bericht/Client");
        assertThat(MessageClasses.elementPath(root, "/Iets/Anders")).isEqualTo("/Iets/Anders");
    }

    @Test
    void theParentPathDropsTheLastStepUpToTheRoot() {
        assertThat(MessageClasses.parentPath(PRODUCTS + "[1]/Begindatum")).isEqualTo(PRODUCTS + "[1]");
        assertThat(MessageClasses.parentPath("/Bericht/Client")).isEqualTo("/Bericht");
        assertThat(MessageClasses.parentPath("/Bericht")).isNull();
        assertThat(MessageClasses.parentPath("Client")).isNull();
    }

    private static XmlElement start(int products) throws IOException {
        String xml = Files.readString(Path.of("sample-messages/ijw/valid/03-jw305-start.xml"));
        int from = xml.indexOf("<jw305:StartProduct>");
        int to = xml.indexOf("</jw305:StartProduct>") + "</jw305:StartProduct>".length();
        String product = xml.substring(from, to);
        return RuleTestSupport.read(xml.substring(0, from) + product.repeat(products) + xml.substring(to)).root();
    }
}
