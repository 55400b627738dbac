package nl.berichtenbatch.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class XmlElementTests {

    private static XmlElement parentOf(int count) {
        XmlElement parent = new XmlElement("Clienten", false, "/Bericht/Clienten", 1);
        for (int i = 1; i <= count; i++) {
            String name = i % 2 == 1 ? "Client" : "Opmerking";
            parent.add(new XmlElement(name, false, "/Bericht/Clienten/" + name + "[" + i + "]", i + 1));
        }
        return parent;
    }

    @Test
    void findsTheChildrenOfANameInDocumentOrderAmongManyAndAmongFew() {
        for (int count : new int[] {3, 40}) {
            // given children Client and Opmerking in turn
            XmlElement parent = parentOf(count);
            // when
            List<XmlElement> clients = parent.children("Client");
            // then
            assertThat(clients).extracting(XmlElement::line)
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, count).filter(i -> i % 2 == 1)
                            .mapToObj(i -> i + 1).toList());
            assertThat(parent.children("Prestatie")).isEmpty();
        }
    }

    @Test
    void theChildrenOfANameAmongManyAreReadOnlyAndFollowAnAddedChild() {
        // given many children, asked for by name once
        XmlElement parent = parentOf(40);
        assertThat(parent.children("Client")).hasSize(20);
        assertThatThrownBy(() -> parent.children("Client").add(parent)).isInstanceOf(UnsupportedOperationException.class);
        // when one more is added
        parent.add(new XmlElement("Client", false, "/Bericht/Clienten/Client[41]", 99));
        // then it is found too
        assertThat(parent.children("Client")).hasSize(21).last().extracting(XmlElement::line).isEqualTo(99);
    }
}
