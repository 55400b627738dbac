package nl.berichtenbatch.validation.rules.header;

import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.earlierMessage;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.Standard;
import nl.berichtenbatch.message.TestMessages;
import nl.berichtenbatch.state.Scope;
import nl.berichtenbatch.state.StateStore;
import nl.berichtenbatch.validation.Finding;

class IdentificationIsUniqueTests {

    private final IdentificationIsUnique rule = new IdentificationIsUnique();
    private final Scope scope = new Scope(Standard.IJW, "0363", "12345678");

    @Test
    void passesWhenTheIdentificationIsNew() {
        // given
        StateStore state = freshState();
        // when / then
        assertThat(check(rule, read(TestMessages.validStart()), state)).isEmpty();
    }

    @Test
    void reportsWhenTheSameSenderUsedItForTheSameMessageType() {
        // given an earlier start from this aanbieder with identification T-305-0001
        StateStore state = freshState();
        earlierMessage(state, new MessageKind(Standard.IJW, "3.2", MessageType.START), scope, "T-305-0001");
        MessageRead start = read(TestMessages.validStart());
        // when
        var findings = check(rule, start, state);
        // then
        assertThat(findings).extracting(Finding::rule, Finding::retourcode, Finding::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TR056", "9056",
                        "/Bericht/Header/BerichtIdentificatie/Identificatie"));
    }

    @Test
    void passesWhenTheIdentificationWasUsedForAnotherMessageTypeOrStandard() {
        // given the same identification on a stop, and on an iWmo start
        StateStore state = freshState();
        earlierMessage(state, new MessageKind(Standard.IJW, "3.2", MessageType.STOP), scope, "T-305-0001");
        earlierMessage(state, new MessageKind(Standard.IWMO, "3.2", MessageType.START),
                new Scope(Standard.IWMO, "0363", "12345678"), "T-305-0001");
        // when / then
        assertThat(check(rule, read(TestMessages.validStart()), state)).isEmpty();
    }
}
