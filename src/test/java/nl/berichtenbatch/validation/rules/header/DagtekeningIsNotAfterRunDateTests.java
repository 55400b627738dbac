package nl.berichtenbatch.validation.rules.header;

import static nl.berichtenbatch.validation.rules.RuleTestSupport.context;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.TestMessages;
import nl.berichtenbatch.validation.Finding;

class DagtekeningIsNotAfterRunDateTests {

    private final DagtekeningIsNotAfterRunDate rule = new DagtekeningIsNotAfterRunDate();
    private final MessageRead start = read(TestMessages.validStart());  // Dagtekening 2026-03-06

    @Test
    void passesWhenTheDagtekeningIsTheRunDate() {
        assertThat(rule.check(context(start, freshState(), LocalDate.of(2026, 3, 6)))).isEmpty();
    }

    @Test
    void reportsWhenTheDagtekeningIsOneDayAfterTheRunDate() {
        // when
        var findings = rule.check(context(start, freshState(), LocalDate.of(2026, 3, 5)));
        // then
        assertThat(findings).extracting(Finding::retourcode, Finding::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("8848",
                        "/Bericht/Header/BerichtIdentificatie/Dagtekening"));
        assertThat(findings.get(0).text()).contains("2026-03-06").contains("2026-03-05");
    }
}
