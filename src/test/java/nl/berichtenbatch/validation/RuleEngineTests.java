package nl.berichtenbatch.validation;

import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.prestatie;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.SchemaCatalog;
import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.History;
import nl.berichtenbatch.state.Scope;

class RuleEngineTests {

    private static final MessageReader reader = new MessageReader(SchemaCatalog.bundled(), 26_214_400);
    private final TestBerichten ijw = TestBerichten.ijw();

    private static RuleContext context(String xml) {
        MessageRead read = reader.check(Path.of("x.xml"), xml.getBytes(StandardCharsets.UTF_8));
        assertThat(read.findings()).isEmpty();
        return new RuleContext(read, Scope.of(read.kind(), read.header()), History.EMPTY, bsn -> bsn,
                LocalDate.of(2026, 11, 23));
    }

    @RuleSpec(id = "TT001", level = 4, retourcode = "S300", header = true, messages = MessageType.ANTWOORD,
            summary = "test")
    private static final class InClass implements Rule {
        @Override
        public List<Finding> check(RuleContext context) {
            return List.of(finding("/Bericht/Antwoord/Woonplaatsbeginsel/Gemeente", "in a class"));
        }
    }

    @Test
    void aHeaderRuleFindingInAClassGoesToThatClassAndDoesNotStopTheAssessment() {
        // when
        Assessment assessment = new RuleEngine(List.of(new InClass()))
                .assess(context(ijw.antwoord("2026-03-03", "R1", "1", "8", "1916")));
        // then
        assertThat(assessment.headerCodes()).isEmpty();
        assertThat(assessment.classCodes()).containsOnlyKeys("/Bericht/Antwoord/Woonplaatsbeginsel");
        assertThat(assessment.level()).isEqualTo(4);
    }

    @RuleSpec(id = "TT002", level = 3, retourcode = "9338", messages = MessageType.DECLARATIE, summary = "test")
    private static final class RejectsTheFirst implements Rule {
        @Override
        public List<Finding> check(RuleContext context) {
            return List.of(finding(PrestatieRule.lines(context).get(0).element().path(), "first"));
        }
    }

    @RuleSpec(id = "TT003", level = 3, retourcode = "9322", messages = MessageType.DECLARATIE, summary = "test")
    private static final class SeesWhatWasApproved implements PrestatieRule {
        final List<String> seen = new ArrayList<>();

        @Override
        public List<Finding> check(RuleContext context, Line line, Approved approvedBefore) {
            seen.add(line.prestatie().referentieNummer() + ":" + approvedBefore.lines().stream()
                    .map(l -> l.prestatie().referentieNummer()).toList());
            return List.of();
        }
    }

    @Test
    void judgesPrestatiesCreditsFirstKnowingWhichWereApprovedBefore() {
        // given a 323 with debits RN1 (rejected by another rule) and RN2, and a credit RN3
        SeesWhatWasApproved sequential = new SeesWhatWasApproved();
        String xml = ijw.declaratie("2026-06-05", "DN1", "2026-05", client("999900006",
                prestatie("RN1", 1), prestatie("RN2", 1), prestatie("RN3", 1).credit("RN0")));
        // when
        Assessment assessment = new RuleEngine(List.of(new RejectsTheFirst(), sequential)).assess(context(xml));
        // then
        assertThat(sequential.seen).containsExactly("RN3:[]", "RN1:[RN3]", "RN2:[RN3]");
        assertThat(assessment.classCodes()).hasSize(1);
    }
}
