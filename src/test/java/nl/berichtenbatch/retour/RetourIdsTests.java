package nl.berichtenbatch.retour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.Standard;

/** Identifications of answers, and the header values a caller gives. */
class RetourIdsTests {

    @Test
    void identificationIsRAndTheFirstElevenHexDigitsInUpperCase() {
        // given
        String sha256 = RetourFixtures.sample(Standard.IJW, MessageType.START).sha256();
        // when
        String id = RetourIds.identificatieFor(sha256);
        // then
        assertThat(id).hasSize(12).isEqualTo("R" + sha256.substring(0, 11).toUpperCase());
        assertThat(RetourIds.identificatieFor(sha256)).isEqualTo(id);
        assertThat(RetourIds.identificatieFor("0123456789abcdef")).isEqualTo("R0123456789A");
    }

    @Test
    void somethingElseThanAHashIsRefused() {
        // when / then
        assertThatThrownBy(() -> RetourIds.identificatieFor("0123456789")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetourIds.identificatieFor("xyz0123456789")).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> RetourIds.identificatieFor(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void headerValuesOutsideTheSchemaAreRefused() {
        // given
        LocalDate date = LocalDate.of(2026, 5, 7);
        // then
        assertThat(new RetourHeader("R0123456789A", date, "1.0.0").xsltVersie()).isEqualTo("1.0.0");
        assertThatThrownBy(() -> new RetourHeader("R0123456789AB", date, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetourHeader("  ", date, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetourHeader("R1\nR2", date, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetourHeader("R1", LocalDate.of(10000, 1, 1), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetourHeader("R1", date, "1.0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetourHeader("R1", null, null)).isInstanceOf(NullPointerException.class);
    }
}
