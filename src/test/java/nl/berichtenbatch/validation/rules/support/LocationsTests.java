package nl.berichtenbatch.validation.rules.support;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratie;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.XmlElement;

class LocationsTests {

    @Test
    void aLoneRepeatableElementHasNoPosition() {
        // given a 301 with one ToegewezenProduct (the schema allows several)
        XmlElement root = toewijzing().read().root();
        XmlElement einddatum = root.find("Client/ToegewezenProducten/ToegewezenProduct/Einddatum").orElseThrow();
        // when
        String location = Locations.of(root, einddatum);
        // then as the official XSLT writes it
        assertThat(location).isEqualTo("/Bericht/Client/ToegewezenProducten/ToegewezenProduct/Einddatum");
    }

    @Test
    void anElementWithSameNamedSiblingsHasItsPosition() {
        // given a 323 whose client has two Prestaties
        String prestaties = "Declaratie/Clienten/Client/Prestaties/";
        XmlElement root = declaratie().copy(prestaties + "Prestatie").read().root();
        XmlElement second = root.all(prestaties + "Prestatie").get(1);
        // when
        String location = Locations.of(root, second.child("ProductPeriode").orElseThrow());
        // then the lone Client has none, the second Prestatie has [2]
        assertThat(location).isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie[2]/ProductPeriode");
    }

    @Test
    void theRootIsBericht() {
        // given
        XmlElement root = toewijzing().read().root();
        // when
        String location = Locations.of(root, root);
        // then
        assertThat(location).isEqualTo("/Bericht");
    }
}
