package nl.berichtenbatch.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class XmlElementTests {

    private static XmlElement parentOf(int count) {
        XmlElement parent = new XmlElement("Clienten", false, null, 0, 1);
        for (int i = 1; i <= count; i++) {
            String name = i % 2 == 1 ? "Client" : "Opmerking";
            parent.add(new XmlElement(name, false, parent, i, i + 1));
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
        parent.add(new XmlElement("Client", false, parent, 41, 99));
        // then it is found too
        assertThat(parent.children("Client")).hasSize(21).last().extracting(XmlElement::line).isEqualTo(99);
    }

    @Test
    void thePathIsMadeFromTheParentsWithAPositionOnlyOnRepeatableElements() {
        // given Bericht / Client / Prestaties / Prestatie[2] / Bsn-like leaf
        XmlElement root = new XmlElement("Bericht", false, null, 0, 1);
        XmlElement client = new XmlElement("Client", false, root, 0, 2);
        root.add(client);
        XmlElement prestaties = new XmlElement("Prestaties", false, client, 0, 3);
        client.add(prestaties);
        XmlElement first = new XmlElement("Prestatie", false, prestaties, 1, 4);
        XmlElement second = new XmlElement("Prestatie", false, prestaties, 2, 5);
        prestaties.add(first);
        prestaties.add(second);
        XmlElement leaf = new XmlElement("Begindatum", true, second, 0, 6);
        second.add(leaf);
        // then
        assertThat(root.path()).isEqualTo("/Bericht");
        assertThat(first.path()).isEqualTo("/Bericht/Client/Prestaties/Prestatie[1]");
        assertThat(leaf.path()).isEqualTo("/Bericht/Client/Prestaties/Prestatie[2]/Begindatum").isEqualTo(leaf.path());
        assertThat(leaf).hasToString(leaf.path());
        assertThat(leaf.isLeaf()).isTrue();
        assertThat(leaf.children()).isEmpty();
        assertThat(second.children()).containsExactly(leaf);
        assertThatThrownBy(() -> second.children().add(leaf)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> leaf.children().add(leaf)).isInstanceOf(UnsupportedOperationException.class);
    }
}
