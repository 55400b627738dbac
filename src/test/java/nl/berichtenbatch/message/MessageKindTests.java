package nl.berichtenbatch.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageKindTests {

    @Test
    void readsEveryMessageNamespaceOfBothStandards() {
        for (Standard standard : Standard.values()) {
            for (MessageType type : MessageType.values()) {
                // given
                MessageKind kind = new MessageKind(standard, "3.2", type);
                // when / then
                assertThat(MessageKind.fromNamespace(kind.namespace())).contains(kind);
            }
        }
    }

    @Test
    void namesMessagesAsTheStandardDoes() {
        // given / when / then
        MessageKind toewijzing = MessageKind.fromNamespace("http://www.istandaarden.nl/iwmo/3_2/wmo301/schema").orElseThrow();
        assertThat(toewijzing.name()).isEqualTo("WMO301");
        assertThat(toewijzing.berichtCode()).isEqualTo("414");
        assertThat(toewijzing.basisschemaNamespace()).isEqualTo("http://www.istandaarden.nl/iwmo/3_2/basisschema/schema");
        assertThat(new MessageKind(Standard.IJW, "3.2", MessageType.DECLARATIE_ANTWOORD).berichtCode()).isEqualTo("491");
    }

    @Test
    void readsANextReleaseButNotForeignNamespaces() {
        assertThat(MessageKind.fromNamespace("http://www.istandaarden.nl/ijw/3_3/jw305/schema"))
                .map(MessageKind::release).contains("3.3");
        assertThat(MessageKind.fromNamespace("http://www.istandaarden.nl/ijw/3_2/wmo305/schema")).isEmpty();
        assertThat(MessageKind.fromNamespace("http://www.istandaarden.nl/ijw/3_2/jw399/schema")).isEmpty();
        assertThat(MessageKind.fromNamespace("http://www.istandaarden.nl/ijw/3_2/basisschema/schema")).isEmpty();
        assertThat(MessageKind.fromNamespace("")).isEmpty();
        assertThat(MessageKind.fromNamespace(null)).isEmpty();
    }

    @Test
    void knowsWhatAnswersWhat() {
        assertThat(MessageType.TOEWIJZING.answeredBy()).contains(MessageType.RETOUR_TOEWIJZING);
        assertThat(MessageType.DECLARATIE.answeredBy()).contains(MessageType.DECLARATIE_ANTWOORD);
        assertThat(MessageType.RETOUR_START.isRetour()).isTrue();
        assertThat(MessageType.DECLARATIE_ANTWOORD.isRetour()).isFalse();
        assertThat(MessageType.DECLARATIE_ANTWOORD.answeredBy()).isEmpty();
    }
}
