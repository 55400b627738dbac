package nl.berichtenbatch.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class AuditEventTests {

    @Test
    void neverShowsTheBsnWhenPrinted() {
        // given
        AuditEvent event = AuditEvent.bySystem(AuditEventType.MESSAGE_REJECTED, "0363")
                .withClientBsn("123456782")
                .withMessageRef("jw301_123456782.xml")
                .withDetail("client 123456782 unknown");
        // when
        String printed = event.toString();
        // then
        assertThat(printed).doesNotContain("123456782").contains("(BSN hidden)", "jw301_*********.xml");
    }

    @Test
    void treatsBlankValuesAsAbsent() {
        // given / when
        AuditEvent event = new AuditEvent(AuditEventType.RUN_STARTED, " system ", " ", "", "\t", null, " ");
        // then
        assertThat(event).isEqualTo(new AuditEvent(AuditEventType.RUN_STARTED, "system", null, null, null, null,
                null));
    }

    @Test
    void needsATypeAndAnActor() {
        // given / when / then
        assertThatNullPointerException().isThrownBy(() -> AuditEvent.bySystem(null, "0363"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuditEvent.byOperator(AuditEventType.OPERATOR_COMMAND, " ", "0363"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuditEvent.byOperator(AuditEventType.OPERATOR_COMMAND, "x".repeat(101), "0363"));
    }
}
