package nl.berichtenbatch.deadline;

import static nl.berichtenbatch.deadline.StateRows.AANBIEDER;
import static nl.berichtenbatch.deadline.StateRows.GEMEENTE;
import static nl.berichtenbatch.deadline.StateRows.OTHER_AANBIEDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.berichtenbatch.deadline.Deadline.Duty;
import nl.berichtenbatch.deadline.Deadline.Kind;
import nl.berichtenbatch.message.Standard;
import nl.berichtenbatch.report.ReportJson;

/**
 * The deadlines of each kind on a migrated database: due, overdue, answered (not listed) and the boundaries. Runs on
 * H2 ({@link DeadlinesTests}) and PostgreSQL ({@link DeadlinesIntegrationTests}); each test starts from an empty state.
 */
abstract class DeadlinesScenarios {

    StateRows rows;
    Deadlines deadlines;

    /** An empty, migrated database. */
    abstract DataSource freshDatabase();

    @BeforeEach
    void emptyState() {
        rows = new StateRows(freshDatabase());
        deadlines = new Deadlines(rows.jdbc(), new Werkdagen());
    }

    @Nested
    class Retours {

        @Test
        void areOwedToUsUntilThreeWerkdagenAfterWeSentTheMessage() {
            // given a 301 released on Friday
            rows.sent("301", "T-1", "2026-11-20").insert();
            // when
            List<Deadline> open = deadlines.open(day("2026-11-23"));
            // then
            assertThat(open).containsExactly(new Deadline(Kind.RETOUR, Duty.PARTNER, Standard.IJW, AANBIEDER, GEMEENTE,
                    "301", "T-1", null, day("2026-11-20"), day("2026-11-25")));
            assertThat(open.get(0).partner()).isEqualTo(AANBIEDER);
        }

        @Test
        void areInTimeOnTheThirdWerkdagAndLateTheDayAfter() {
            // given
            rows.sent("301", "T-1", "2026-11-20").insert();
            Deadline deadline = deadlines.open(day("2026-11-25")).get(0);
            // then
            assertThat(deadline.isOverdueOn(day("2026-11-25"))).isFalse();
            assertThat(deadline.isOverdueOn(day("2026-11-26"))).isTrue();
            assertThat(deadlines.report(day("2026-11-25")).partner(AANBIEDER).dueSoon()).containsExactly(deadline);
            assertThat(deadlines.report(day("2026-11-26")).partner(AANBIEDER).overdue()).containsExactly(deadline);
        }

        @ParameterizedTest(name = "sent {0}, retour due {1}")
        @CsvSource({
                "2026-11-18, 2026-11-23",  // over a weekend
                "2026-04-02, 2026-04-09",  // Goede Vrijdag and Tweede Paasdag
                "2026-04-24, 2026-04-30",  // Koningsdag on a Monday
                "2026-12-23, 2026-12-29",  // Christmas
                "2026-12-30, 2027-01-05",  // year end
                "2026-11-21, 2026-11-25"}) // sent on a Saturday
        void countOnlyWerkdagen(LocalDate sent, LocalDate due) {
            // given
            rows.sent("305", "S-1", sent.toString()).insert();
            // when
            Deadline deadline = deadlines.open(sent).get(0);
            // then
            assertThat(deadline.due()).isEqualTo(due);
        }

        @Test
        void startOnTheDayWeReleasedTheMessageNotOnItsDagtekening() {
            // given a 301 dated Monday that waited in outgoing/ until Friday
            rows.sent("301", "T-1", "2026-11-20").dagtekening("2026-11-16").insert();
            // when
            Deadline deadline = deadlines.open(day("2026-11-23")).get(0);
            // then
            assertThat(deadline.start()).isEqualTo(day("2026-11-20"));
            assertThat(deadline.due()).isEqualTo(day("2026-11-25"));
        }

        @Test
        void areNotListedOnceTheRetourArrived() {
            // given
            rows.sent("301", "T-1", "2026-11-20").insert();
            rows.received("302", "T-1", "2026-11-23").insert();
            // then
            assertThat(deadlines.open(day("2026-12-01"))).isEmpty();
        }

        @Test
        void areNotListedWhenTheRetourRejectedTheMessage() {
            // given a 305 that the gemeente's 306 rejected: it counts as never sent, and it has its retour
            rows.sent("305", "S-1", "2026-11-20").rejected().insert();
            rows.received("306", "S-1", "2026-11-23").insert();
            // then
            assertThat(deadlines.open(day("2026-12-01"))).isEmpty();
        }

        @Test
        void areStillOwedWhenARetourAnswersAnotherMessage() {
            // given
            rows.sent("301", "T-1", "2026-11-20").insert();
            rows.received("302", "T-2", "2026-11-23").insert();
            rows.received("302", "T-1", "2026-11-23").aanbieder(OTHER_AANBIEDER).insert();
            // then
            assertThat(deadlines.open(day("2026-12-01"))).extracting(Deadline::identificatie).containsExactly("T-1");
        }

        @Test
        void areOursWhileTheRetourWePlannedIsNotWritten() {
            // given a 305 dated Thursday, processed on Friday, whose 306 is planned but not yet written
            long file = rows.runFile("2026-11-20");
            rows.received("305", "S-1", "2026-11-20").dagtekening("2026-11-19").inRun(rows.runOf(file), file).insert();
            rows.plannedAnswer(file, false);
            // when
            List<Deadline> open = deadlines.open(day("2026-11-20"));
            // then
            assertThat(open).containsExactly(new Deadline(Kind.RETOUR, Duty.OURS, Standard.IJW, GEMEENTE, AANBIEDER,
                    "305", "S-1", null, day("2026-11-19"), day("2026-11-24")));
        }

        @Test
        void areNotOursOnceTheRetourIsWritten() {
            // given
            long file = rows.runFile("2026-11-20");
            rows.received("305", "S-1", "2026-11-20").inRun(rows.runOf(file), file).insert();
            rows.plannedAnswer(file, true);
            // then
            assertThat(deadlines.open(day("2026-12-01"))).isEmpty();
        }
    }

    @Nested
    class DeclarationAnswers {

        @Test
        void areOwedToUsUntilTenWerkdagenAfterWeSentTheDeclaration() {
            // given a 323 released on Monday 2 November
            rows.sent("323", "D-1", "2026-11-02").insert();
            // when
            List<Deadline> open = deadlines.open(day("2026-11-16"));
            // then
            assertThat(open).containsExactly(new Deadline(Kind.DECLARATIE_ANTWOORD, Duty.PARTNER, Standard.IJW,
                    GEMEENTE, AANBIEDER, "323", "D-1", null, day("2026-11-02"), day("2026-11-16")));
            assertThat(open.get(0).isOverdueOn(day("2026-11-16"))).isFalse();
            assertThat(open.get(0).isOverdueOn(day("2026-11-17"))).isTrue();
        }

        @Test
        void areNotListedOnceThe325Arrived() {
            // given a 325 that approved everything: it leaves no trace on the 323
            long declaration = rows.sent("323", "D-1", "2026-11-02").insert();
            rows.declaration(declaration, "DN-1", true);
            rows.received("325", "A-1", "2026-11-05").insert();
            // then
            assertThat(deadlines.open(day("2026-12-01"))).isEmpty();
        }

        @Test
        void countAsAnsweredOldestFirst() {
            // given two 323s and one 325 that does not say which it answered
            rows.sent("323", "D-1", "2026-10-02").insert();
            rows.sent("323", "D-2", "2026-11-02").insert();
            rows.received("325", "A-1", "2026-11-05").insert();
            // then
            assertThat(deadlines.open(day("2026-12-01"))).extracting(Deadline::identificatie).containsExactly("D-2");
        }

        @Test
        void countA325ThatRejectedSomePrestatiesForItsOwn323() {
            // given the newer 323 has a prestatie that a 325 rejected: that 325 answered it
            long older = rows.sent("323", "D-1", "2026-10-02").insert();
            rows.declaration(older, "DN-1", true);
            long newer = rows.sent("323", "D-2", "2026-11-02").insert();
            rows.declaration(newer, "DN-2", false);
            rows.received("325", "A-1", "2026-11-05").insert();
            // then
            assertThat(deadlines.open(day("2026-12-01"))).extracting(Deadline::identificatie).containsExactly("D-1");
        }

        @Test
        void countA325ThatRejectedTheWhole323ForItsOwn323() {
            // given
            rows.sent("323", "D-1", "2026-10-02").insert();
            rows.sent("323", "D-2", "2026-11-02").rejected().insert();
            rows.received("325", "A-1", "2026-11-05").insert();
            // then
            assertThat(deadlines.open(day("2026-12-01"))).extracting(Deadline::identificatie).containsExactly("D-1");
        }

        @Test
        void countOnlyThe325sOfTheSameGemeenteAndAanbieder() {
            // given
            rows.sent("323", "D-1", "2026-11-02").insert();
            rows.received("325", "A-1", "2026-11-05").aanbieder(OTHER_AANBIEDER).insert();
            // then
            assertThat(deadlines.open(day("2026-12-01"))).extracting(Deadline::identificatie).containsExactly("D-1");
        }

        @Test
        void areOursWhileThe325WePlannedIsNotWritten() {
            // given a received 323 whose 325 is planned but not yet written
            long file = rows.runFile("2026-11-20");
            rows.received("323", "D-1", "2026-11-20").inRun(rows.runOf(file), file).insert();
            rows.plannedAnswer(file, false);
            // when
            List<Deadline> open = deadlines.open(day("2026-11-20"));
            // then
            assertThat(open).containsExactly(new Deadline(Kind.DECLARATIE_ANTWOORD, Duty.OURS, Standard.IJW, GEMEENTE,
                    AANBIEDER, "323", "D-1", null, day("2026-11-20"), day("2026-12-04")));
        }

        @Test
        void areNotOursOnceThe325IsWritten() {
            // given
            long file = rows.runFile("2026-11-20");
            rows.received("323", "D-1", "2026-11-20").inRun(rows.runOf(file), file).insert();
            rows.plannedAnswer(file, true);
            // then
            assertThat(deadlines.open(day("2026-12-01"))).isEmpty();
        }
    }

    @Nested
    class Requests {

        @Test
        void areOursToAnswerWithinFiveWerkdagenAfterTheirDagtekening() {
            // given a 315 dated Friday, processed on Monday
            long request = rows.received("315", "V-1", "2026-11-23").dagtekening("2026-11-20").insert();
            rows.request(request, "315", "R-1");
            // when
            List<Deadline> open = deadlines.open(day("2026-11-23"));
            // then
            assertThat(open).containsExactly(new Deadline(Kind.VERZOEK_ANTWOORD, Duty.OURS, Standard.IJW, GEMEENTE,
                    AANBIEDER, "315", "V-1", "R-1", day("2026-11-20"), day("2026-11-27")));
        }

        @Test
        void areDuePerRequestedProduct() {
            // given a 315 with two products, of which a 301 allocated one
            long request = rows.received("315", "V-1", "2026-11-20").insert();
            rows.request(request, "315", "R-1");
            rows.request(request, "315", "R-2");
            long toewijzing = rows.sent("301", "T-1", "2026-11-24").insert();
            rows.allocation(toewijzing, 1001, "R-1", "2026-11-24", "2026-12-01", "2027-05-31", null);
            // then
            assertThat(deadlines.open(day("2026-11-24")))
                    .filteredOn(d -> d.kind() == Kind.VERZOEK_ANTWOORD)
                    .extracting(Deadline::reference).containsExactly("R-2");
        }

        @Test
        void areAnsweredByA301CarryingTheirReference() {
            // given
            long request = rows.received("315", "V-1", "2026-11-20").insert();
            rows.request(request, "315", "R-1");
            long toewijzing = rows.sent("301", "T-1", "2026-11-24").insert();
            rows.allocation(toewijzing, 1001, "R-1", "2026-11-24", "2026-12-01", "2027-05-31", null);
            rows.received("302", "T-1", "2026-11-25").insert();
            // then
            assertThat(deadlines.open(day("2026-12-10"))).isEmpty();
        }

        @Test
        void areNotAnsweredByA301ThatTheAanbiederRejected() {
            // given a 301 that counts as never sent
            long request = rows.received("315", "V-1", "2026-11-20").insert();
            rows.request(request, "315", "R-1");
            long toewijzing = rows.sent("301", "T-1", "2026-11-24").rejected().insert();
            rows.allocation(toewijzing, 1001, "R-1", "2026-11-24", "2026-12-01", "2027-05-31", null);
            rows.received("302", "T-1", "2026-11-25").insert();
            // then
            assertThat(deadlines.open(day("2026-12-10"))).extracting(Deadline::kind)
                    .containsExactly(Kind.VERZOEK_ANTWOORD);
        }

        @Test
        void areAnsweredByARejecting319() {
            // given
            long request = rows.received("317", "W-1", "2026-11-20").insert();
            rows.request(request, "317", "R-1");
            long antwoord = rows.sent("319", "N-1", "2026-11-24").insert();
            rows.answer(antwoord, "R-1", "1");
            rows.received("320", "N-1", "2026-11-25").insert();
            // then
            assertThat(deadlines.open(day("2026-12-10"))).isEmpty();
        }

        @Test
        void getEightWeeksForTheFinalAnswerAfterA319InOnderzoek() {
            // given a 317 dated Friday 20 November, answered "in onderzoek"
            long request = rows.received("317", "W-1", "2026-11-20").insert();
            rows.request(request, "317", "R-1");
            long antwoord = rows.sent("319", "N-1", "2026-11-24").insert();
            rows.answer(antwoord, "R-1", "2");
            rows.received("320", "N-1", "2026-11-25").insert();
            // when
            List<Deadline> open = deadlines.open(day("2026-12-10"));
            // then
            assertThat(open).containsExactly(new Deadline(Kind.EINDANTWOORD, Duty.OURS, Standard.IJW, GEMEENTE,
                    AANBIEDER, "317", "W-1", "R-1", day("2026-11-20"), day("2027-01-15")));
        }

        @Test
        void moveAFinalAnswerThatFallsOnAFeestdagToTheNextWerkdag() {
            // given a 315 dated Saturday 31 October: 8 weeks later is Tweede Kerstdag, a Saturday
            long request = rows.received("315", "V-1", "2026-11-02").dagtekening("2026-10-31").insert();
            rows.request(request, "315", "R-1");
            rows.answer(rows.sent("319", "N-1", "2026-11-03").insert(), "R-1", "2");
            // when
            Deadline deadline = deadlines.open(day("2026-12-10")).stream()
                    .filter(d -> d.kind() == Kind.EINDANTWOORD).findFirst().orElseThrow();
            // then
            assertThat(deadline.due()).isEqualTo(day("2026-12-28"));
        }

        @Test
        void areFinallyAnsweredByA301AfterTheInvestigation() {
            // given
            long request = rows.received("315", "V-1", "2026-11-20").insert();
            rows.request(request, "315", "R-1");
            rows.answer(rows.sent("319", "N-1", "2026-11-24").insert(), "R-1", "2");
            long toewijzing = rows.sent("301", "T-1", "2026-12-14").insert();
            rows.allocation(toewijzing, 1001, "R-1", "2026-12-14", "2027-01-01", "2027-05-31", null);
            rows.received("320", "N-1", "2026-11-25").insert();
            rows.received("302", "T-1", "2026-12-15").insert();
            // then
            assertThat(deadlines.open(day("2027-03-01"))).isEmpty();
        }

        @Test
        void areOwedToUsWhenWeSentTheRequest() {
            // given an aanbieder's 315 released on Friday
            long request = rows.sent("315", "V-1", "2026-11-20").dagtekening("2026-11-19").insert();
            rows.request(request, "315", "R-1");
            rows.received("316", "V-1", "2026-11-20").insert();
            // when
            List<Deadline> open = deadlines.open(day("2026-11-23"));
            // then
            assertThat(open).containsExactly(new Deadline(Kind.VERZOEK_ANTWOORD, Duty.PARTNER, Standard.IJW,
                    GEMEENTE, AANBIEDER, "315", "V-1", "R-1", day("2026-11-20"), day("2026-11-27")));
        }

        @Test
        void areNotDueWhenTheRequestWasRejected() {
            // given a 315 we rejected: it counts as never sent (the processor records no request rows for it either)
            long request = rows.received("315", "V-1", "2026-11-20").rejected().insert();
            rows.request(request, "315", "R-1");
            // then
            assertThat(deadlines.open(day("2026-12-10"))).isEmpty();
        }
    }

    @Nested
    class Stops {

        private long allocation;

        /** The aanbieder's side: allocation 1001 received (ending Friday 13 November), its start sent. */
        private long startOnAnAllocationEnding(String einddatum) {
            allocation = rows.received("301", "T-1", "2026-02-20").insert();
            rows.allocation(allocation, 1001, null, "2026-02-20", "2026-03-01", einddatum, null);
            long start = rows.sent("305", "S-1", "2026-03-02").insert();
            rows.delivery(start, "START", 1001, "2026-03-01", null, true);
            rows.received("306", "S-1", "2026-03-03").insert();
            return start;
        }

        @Test
        void areOursWithinFiveWerkdagenAfterTheAllocationEnded() {
            // given
            startOnAnAllocationEnding("2026-11-13");
            // when
            List<Deadline> open = deadlines.open(day("2026-11-16"));
            // then
            assertThat(open).containsExactly(new Deadline(Kind.STOP, Duty.OURS, Standard.IJW, AANBIEDER, GEMEENTE,
                    "305", "S-1", "1001", day("2026-11-13"), day("2026-11-20")));
            assertThat(open.get(0).isOverdueOn(day("2026-11-20"))).isFalse();
            assertThat(open.get(0).isOverdueOn(day("2026-11-23"))).isTrue();
        }

        @ParameterizedTest(name = "on {0}: {1} open")
        @CsvSource({"2026-11-12, 0", "2026-11-13, 0", "2026-11-14, 1"})
        void areDueOnlyOnceTheEinddatumHasPassed(LocalDate today, int open) {
            // given
            startOnAnAllocationEnding("2026-11-13");
            // then
            assertThat(deadlines.open(today)).hasSize(open);
        }

        @Test
        void areNotDueForAnAllocationWithoutEinddatum() {
            // given
            startOnAnAllocationEnding(null);
            // then
            assertThat(deadlines.open(day("2027-11-16"))).isEmpty();
        }

        @Test
        void areNotListedOnceTheStopIsSent() {
            // given
            startOnAnAllocationEnding("2026-11-13");
            long stop = rows.sent("307", "E-1", "2026-11-16").insert();
            rows.delivery(stop, "STOP", 1001, "2026-03-01", "2026-11-13", true);
            rows.received("308", "E-1", "2026-11-17").insert();
            // then
            assertThat(deadlines.open(day("2026-12-01"))).isEmpty();
        }

        @Test
        void areStillDueWhenTheStopWasCancelledOrRejected() {
            // given a stop deleted with status 3, and one the gemeente rejected
            startOnAnAllocationEnding("2026-11-13");
            long cancelled = rows.sent("307", "E-1", "2026-11-16").insert();
            rows.delivery(cancelled, "STOP", 1001, "2026-03-01", "2026-11-13", false);
            long rejected = rows.sent("307", "E-2", "2026-11-17").rejected().insert();
            rows.delivery(rejected, "STOP", 1001, "2026-03-01", "2026-11-13", true);
            rows.received("308", "E-1", "2026-11-17").insert();
            rows.received("308", "E-2", "2026-11-18").insert();
            // then
            assertThat(deadlines.open(day("2026-12-01"))).extracting(Deadline::kind).containsExactly(Kind.STOP);
        }

        @Test
        void areNotDueForACancelledStart() {
            // given
            long start = startOnAnAllocationEnding("2026-11-13");
            rows.jdbc().sql("update delivery set live = false where message_id = ?").param(start).update();
            // then
            assertThat(deadlines.open(day("2026-12-01"))).isEmpty();
        }

        @Test
        void followTheCurrentVersionOfTheAllocation() {
            // given the gemeente extended the allocation with a later version
            startOnAnAllocationEnding("2026-11-13");
            long extension = rows.received("301", "T-2", "2026-11-10").insert();
            rows.allocation(extension, 1001, null, "2026-11-10", "2026-03-01", "2027-06-30", "04");
            // then
            assertThat(deadlines.open(day("2026-12-01"))).isEmpty();
        }

        @Test
        void followAWithdrawalToItsEarlierEinddatum() {
            // given the gemeente ended the allocation early
            startOnAnAllocationEnding("2027-06-30");
            long withdrawal = rows.received("301", "T-2", "2026-11-10").insert();
            rows.allocation(withdrawal, 1001, null, "2026-11-10", "2026-03-01", "2026-11-13", "05");
            // when
            List<Deadline> open = deadlines.open(day("2026-11-16"));
            // then
            assertThat(open).extracting(Deadline::start, Deadline::due)
                    .containsExactly(tuple(day("2026-11-13"), day("2026-11-20")));
        }

        @Test
        void takeTheLaterRecordedVersionWhenTheStampsAreEqual() {
            // given two versions with the same Toewijzingsdatum and -tijd: the later recorded one is current
            startOnAnAllocationEnding("2026-11-13");
            long correction = rows.received("301", "T-2", "2026-02-21").insert();
            rows.allocation(correction, 1001, null, "2026-02-20", "2026-03-01", null, "14");
            // then
            assertThat(deadlines.open(day("2026-12-01"))).isEmpty();
        }

        @Test
        void areNotDueForADeletedAllocation() {
            // given the gemeente deleted the allocation (RedenWijziging 13): the start is to be deleted, not stopped
            startOnAnAllocationEnding("2027-06-30");
            long deletion = rows.received("301", "T-2", "2026-11-10").insert();
            rows.allocation(deletion, 1001, null, "2026-11-10", "2026-03-01", "2026-03-01", "13");
            // then
            assertThat(deadlines.open(day("2026-12-01"))).isEmpty();
        }

        @Test
        void ignoreAVersionTheAanbiederRejected() {
            // given a shortening that we (the aanbieder) rejected
            startOnAnAllocationEnding("2027-06-30");
            long rejected = rows.received("301", "T-2", "2026-11-10").rejected().insert();
            rows.allocation(rejected, 1001, null, "2026-11-10", "2026-03-01", "2026-11-13", "05");
            // then
            assertThat(deadlines.open(day("2026-12-01"))).isEmpty();
        }

        @Test
        void areOwedToTheGemeenteByTheAanbieder() {
            // given the gemeente's side: it sent the allocation and received the start
            long toewijzing = rows.sent("301", "T-1", "2026-02-20").insert();
            rows.allocation(toewijzing, 1001, null, "2026-02-20", "2026-03-01", "2026-11-13", null);
            rows.received("302", "T-1", "2026-02-21").insert();
            long start = rows.received("305", "S-1", "2026-03-02").insert();
            rows.delivery(start, "START", 1001, "2026-03-01", null, true);
            // when
            List<Deadline> open = deadlines.open(day("2026-11-16"));
            // then
            assertThat(open).containsExactly(new Deadline(Kind.STOP, Duty.PARTNER, Standard.IJW, AANBIEDER,
                    GEMEENTE, "305", "S-1", "1001", day("2026-11-13"), day("2026-11-20")));
        }
    }

    @Nested
    class Report {

        /** The gemeente's side on Thursday 26 November 2026: due soon means due by Monday 30 November. */
        private void aWeekOfTraffic() {
            rows.sent("301", "T-1", "2026-11-20").insert();                                   // due 25-11: overdue
            long request = rows.received("315", "V-1", "2026-11-20").insert();                // due 27-11: soon
            rows.request(request, "315", "R-1");
            rows.sent("301", "T-2", "2026-11-25").aanbieder(OTHER_AANBIEDER).insert();        // due 30-11: soon
            rows.sent("301", "T-3", "2026-11-26").aanbieder(OTHER_AANBIEDER).insert();        // due 01-12: later
            rows.sent("301", "T-4", "2026-11-16").aanbieder(OTHER_AANBIEDER).insert();        // due 19-11: overdue
            rows.sent("301", "T-5", "2026-11-16").insert();                                   // answered
            rows.received("302", "T-5", "2026-11-17").insert();
        }

        @Test
        void listsPerPartnerWhatIsOverdueAndWhatFallsDueInTheNextTwoWerkdagen() {
            // given
            aWeekOfTraffic();
            // when
            OverdueReport report = deadlines.report(day("2026-11-26"));
            // then
            assertThat(report.date()).isEqualTo(day("2026-11-26"));
            assertThat(report.dueBy()).isEqualTo(day("2026-11-30"));
            assertThat(report.partners()).extracting(OverdueReport.PartnerDeadlines::partner)
                    .containsExactly(AANBIEDER, OTHER_AANBIEDER);
            assertThat(report.partner(AANBIEDER).overdue()).extracting(Deadline::identificatie).containsExactly("T-1");
            assertThat(report.partner(AANBIEDER).dueSoon()).extracting(Deadline::identificatie).containsExactly("V-1");
            assertThat(report.partner(OTHER_AANBIEDER).overdue()).extracting(Deadline::identificatie)
                    .containsExactly("T-4");
            assertThat(report.partner(OTHER_AANBIEDER).dueSoon()).extracting(Deadline::identificatie)
                    .containsExactly("T-2");
            assertThat(report.totalOverdue()).isEqualTo(2);
            assertThat(report.totalDueSoon()).isEqualTo(2);
            assertThat(deadlines.open(day("2026-11-26"))).extracting(Deadline::identificatie)
                    .containsExactly("T-4", "T-1", "V-1", "T-2", "T-3");
        }

        @Test
        void isEmptyWhenNothingIsOpen() {
            // when
            OverdueReport report = deadlines.report(day("2026-11-26"));
            // then
            assertThat(report.partners()).isEmpty();
            assertThat(print(report))
                    .containsExactly("Nothing overdue on 2026-11-26, nothing falling due by 2026-11-30");
        }

        @Test
        void readsBackFromItsJson() {
            // given
            aWeekOfTraffic();
            OverdueReport report = deadlines.report(day("2026-11-26"));
            // when
            String json = ReportJson.pretty(report);
            // then
            assertThat(ReportJson.read(json, OverdueReport.class)).isEqualTo(report);
            assertThat(ReportJson.line(report.partner(AANBIEDER).overdue().get(0))).isEqualTo(
                    "{\"kind\":\"RETOUR\",\"duty\":\"PARTNER\",\"standard\":\"IJW\",\"from\":\"12345678\","
                            + "\"to\":\"0363\",\"messageType\":\"301\",\"identificatie\":\"T-1\",\"reference\":null,"
                            + "\"start\":\"2026-11-20\",\"due\":\"2026-11-25\"}");
        }

        @Test
        void printsOneLinePerDeadlineUnderItsPartner() {
            // given
            aWeekOfTraffic();
            // when
            List<String> lines = print(deadlines.report(day("2026-11-26")));
            // then
            assertThat(lines).containsExactly(
                    "2 overdue on 2026-11-26, 2 falling due by 2026-11-30",
                    "12345678",
                    "  overdue   due 2026-11-25  they owe a retour (OP090) for iJw 301 T-1, since 2026-11-20",
                    "  due soon  due 2026-11-27  we owe a 301 or 319 (OP274/OP346) for iJw 315 V-1 "
                            + "(ReferentieAanbieder R-1), since 2026-11-20",
                    "87654321",
                    "  overdue   due 2026-11-19  they owe a retour (OP090) for iJw 301 T-4, since 2026-11-16",
                    "  due soon  due 2026-11-30  they owe a retour (OP090) for iJw 301 T-2, since 2026-11-25");
        }

        private List<String> print(OverdueReport report) {
            StringWriter text = new StringWriter();
            OverdueText.print(report, new PrintWriter(text));
            return text.toString().lines().toList();
        }
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
