package nl.berichtenbatch.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageTypeTests {

    @Test
    void everyRetourAnswersTheHeenberichtThatItAnswers() {
        for (MessageType type : MessageType.values()) {
            type.answeredBy().ifPresent(answer -> assertThat(answer.answers()).as(answer.name()).contains(type));
        }
        assertThat(MessageType.RETOUR_START.answers()).contains(MessageType.START);
        assertThat(MessageType.DECLARATIE_ANTWOORD.answers()).contains(MessageType.DECLARATIE);
    }

    @Test
    void aHeenberichtAnswersNothing() {
        assertThat(MessageType.TOEWIJZING.answers()).isEmpty();
        assertThat(MessageType.DECLARATIE.answers()).isEmpty();
    }
}
