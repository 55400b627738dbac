package nl.berichtenbatch.job;

import static nl.berichtenbatch.message.TestBerichten.aanvraag;
import static nl.berichtenbatch.message.TestBerichten.levering;
import static nl.berichtenbatch.message.TestBerichten.nieuw;
import static nl.berichtenbatch.message.TestBerichten.ongewijzigd;
import static nl.berichtenbatch.message.TestBerichten.teWijzigen;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The request and answer scenarios of processes.md §12 (CASE-14…CASE-20) through {@code process}, for both
 * standards: the aanbieder checks the answers (319) it receives, the gemeente the requests (315, 317) it receives.
 * A verzoek om wijziging is checked against the allocations that are actual on the run date (validation.md §0.16):
 * CASE-18…CASE-20 keep the scenario's own 2025 dates and run with {@code process --run-date 2025-10-15}, the night after
 * the last of their messages, when every allocation of the scenario that has not ended is actual.
 */
class RequestScenarioFunctionalTests {

    @TempDir
    Path dir;

    /** The gemeente's installation; the PostgreSQL integration tests give it their database. */
    Scenario gemeente(String standard) {
        return Scenario.gemeente(dir, standard);
    }

    /** The aanbieder's installation; the PostgreSQL integration tests give it their database. */
    Scenario aanbieder(String standard) {
        return Scenario.aanbieder(dir, standard);
    }

    private static String category(String standard) {
        return standard.equals("ijw") ? "45" : "02";
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void case14And17AnswersToAVerzoekOmToewijzing(String standard) {
        Scenario s = aanbieder(standard);
        String cat = category(standard);
        String bsn = "999900006";
        s.out("315", s.m.verzoekOmToewijzing("2026-03-02", bsn,
                aanvraag("R1").product(cat, cat + "A03").periode("2026-04-01", "2026-09-30").omvang(2, "04", "2"),
                aanvraag("R2").product(cat, cat + "A04").periode("2026-04-01", "2026-09-30").omvang(2, "04", "2"),
                aanvraag("R3").product(cat, cat + "A05").periode("2026-04-01", "2026-09-30").omvang(2, "04", "2"),
                aanvraag("R4").product(cat, cat + "A06").periode("2026-04-01", "2026-09-30").omvang(2, "04", "2")));
        s.in("319-r1-investigation", s.m.antwoord("2026-03-04", "R1", "2", null, null));
        s.in("319-r1-investigation-again", s.m.antwoord("2026-03-05", "R1", "2", null, null));
        s.in("301-r2", s.m.toewijzing("2026-03-06", bsn, toegewezen(300102).product(cat, cat + "A04")
                .periode("2026-04-01", "2026-09-30").omvang(2, "04", "2").referentie("R2")));
        s.in("319-r1-rejected", s.m.antwoord("2026-03-09", "R1", "1", "4", null));
        s.in("319-r1-again", s.m.antwoord("2026-03-10", "R1", "1", "7", null));
        s.in("319-r1-investigation-late", s.m.antwoord("2026-03-10", "R1", "2", null, null));
        s.in("319-r2", s.m.antwoord("2026-03-10", "R2", "1", "4", null));
        s.in("319-unknown", s.m.antwoord("2026-03-10", "R9", "1", "4", null));
        if (standard.equals("ijw")) {
            // CASE-17: rejected under the woonplaatsbeginsel, naming the responsible gemeente
            s.in("319-r3-woonplaatsbeginsel", s.m.antwoord("2026-03-10", "R3", "1", "8", "1916"));
            s.in("319-r4-unknown-gemeente", s.m.antwoord("2026-03-10", "R4", "1", "8", "0999"));
            // CASE-17, level 2: reason 8 without the Woonplaatsbeginsel class, and the class with another reason
            s.in("319-reason-8-without-class", s.m.antwoord("2026-03-10", "R4", "1", "8", null));
            s.in("319-class-with-reason-4", s.m.antwoord("2026-03-10", "R4", "1", "4", "1916"));
        }
        // CASE-17, level 2: a reason with VerzoekAntwoord 2, and VerzoekAntwoord 1 without one
        s.in("319-investigation-with-reason", s.m.antwoord("2026-03-10", "R4", "2", "4", null));
        s.in("319-rejected-without-reason", s.m.antwoord("2026-03-10", "R4", "1", null, null));
        // when
        s.process();
        // then
        assertThat(s.outcome("315")).isEqualTo("SENT");
        for (String accepted : new String[] {"319-r1-investigation", "301-r2", "319-r1-rejected"}) {
            assertThat(s.outcome(accepted)).as(accepted).isEqualTo("ACCEPTED");
            assertThat(s.codes(accepted)).as(accepted).isEmpty();
        }
        assertThat(s.codes("319-r1-investigation-again")).isEqualTo("Header=0200 Antwoord=9360");
        assertThat(s.codes("319-r1-again")).isEqualTo("Header=0200 Antwoord=9365");
        assertThat(s.codes("319-r1-investigation-late")).isEqualTo("Header=0200 Antwoord=9360,9365");
        assertThat(s.codes("319-r2")).isEqualTo("Header=0200 Antwoord=9359");
        assertThat(s.codes("319-unknown")).isEqualTo("Header=0200 Antwoord=9355");
        if (standard.equals("ijw")) {
            assertThat(s.outcome("319-r3-woonplaatsbeginsel")).isEqualTo("ACCEPTED");
            assertThat(s.codes("319-r4-unknown-gemeente"))
                    .isEqualTo("Header=0200 Antwoord=0200 Antwoord/Woonplaatsbeginsel=S300");
            assertThat(s.codes("319-reason-8-without-class")).isEqualTo("Header=0001");
            assertThat(s.errorRules("319-reason-8-without-class")).containsExactly("TR377");
            assertThat(s.codes("319-class-with-reason-4")).isEqualTo("Header=0001");
            assertThat(s.errorRules("319-class-with-reason-4")).containsExactly("TR409");
        }
        assertThat(s.codes("319-investigation-with-reason")).isEqualTo("Header=0001");
        assertThat(s.errorRules("319-investigation-with-reason")).containsExactly("CD086");
        assertThat(s.codes("319-rejected-without-reason")).isEqualTo("Header=0001");
        assertThat(s.errorRules("319-rejected-without-reason")).containsExactly("CD085");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void case15And16APendingRequestBlocksAndAReferenceIsUsedOnce(String standard) {
        Scenario s = gemeente(standard);
        String cat = category(standard);
        String bsn = "999900006";
        s.in("315", s.m.verzoekOmToewijzing("2026-03-02", bsn,
                aanvraag("R1").product(cat, cat + "A03").periode("2026-04-01", "2026-09-30").omvang(2, "04", "2"),
                aanvraag("R2").product(cat, cat + "A04").periode("2026-04-01", "2026-09-30").omvang(2, "04", "2")));
        s.out("319-r1-investigation", s.m.antwoord("2026-03-04", "R1", "2", null, null));
        s.out("301-r2", s.m.toewijzing("2026-03-06", bsn, toegewezen(300102).product(cat, cat + "A04")
                .periode("2026-04-01", "2036-09-30").omvang(2, "04", "4").referentie("R2")));
        // CASE-15: while R1 is in investigation, no new request for this client
        s.in("315-blocked", s.m.verzoekOmToewijzing("2026-03-10", bsn,
                aanvraag("R3").product(cat, cat + "A05").periode("2026-04-01", "2026-09-30").omvang(2, "04", "2")));
        s.in("317-blocked", s.m.verzoekOmWijziging("2026-03-10", bsn, "W1", teWijzigen(300102, "2026-04-01")
                .eind("2036-12-31").omvang(2, "04", "4")));
        s.out("319-r1-rejected", s.m.antwoord("2026-03-11", "R1", "1", "4", null));
        s.in("315-after-rejection", s.m.verzoekOmToewijzing("2026-03-12", bsn,
                aanvraag("R3").product(cat, cat + "A05").periode("2026-04-01", "2026-09-30").omvang(2, "04", "2")));
        // CASE-16: a reference used before (R1, rejected, so nothing is pending for this other client)
        s.in("315-reused-reference", s.m.verzoekOmToewijzing("2026-03-12", "999900018",
                aanvraag("R1").product(cat, cat + "A03").periode("2026-04-01", "2026-09-30").omvang(2, "04", "2")));
        // CASE-16, level 2: one reference for two AangevraagdProducten of one 315
        s.in("315-reference-twice", s.m.verzoekOmToewijzing("2026-03-12", "999900031",
                aanvraag("R7").product(cat, cat + "A03").periode("2026-04-01", "2026-09-30").omvang(2, "04", "2"),
                aanvraag("R7").product(cat, cat + "A04").periode("2026-04-01", "2026-09-30").omvang(2, "04", "2")));
        // when
        s.process();
        // then
        assertThat(s.outcome("315")).isEqualTo("ACCEPTED");
        assertThat(s.outcome("319-r1-investigation")).isEqualTo("SENT");
        assertThat(s.outcome("301-r2")).isEqualTo("SENT");
        assertThat(s.codes("315-blocked")).isEqualTo("Header=0200 Client=0200 Client/AangevraagdProduct[1]=9374");
        assertThat(s.codes("317-blocked"))
                .isEqualTo("Header=0200 Client=0200 Client/Verzoek=9374 Client/Verzoek/TeWijzigenProduct[1]=0200");
        assertThat(s.outcome("319-r1-rejected")).isEqualTo("SENT");
        assertThat(s.outcome("315-after-rejection")).isEqualTo("ACCEPTED");
        assertThat(s.codes("315-reused-reference")).isEqualTo("Header=0200 Client=0200 Client/AangevraagdProduct[1]=9347");
        assertThat(s.codes("315-reference-twice")).isEqualTo("Header=0001");
        // the reference is part of the AangevraagdProduct's key as well, so TR101 (duplicate key) holds too
        assertThat(s.errorRules("315-reference-twice")).containsExactly("TR101", "TR383");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void case18And19ChangeRequestsThatAreHonoured(String standard) {
        Scenario s = gemeente(standard);
        String cat = category(standard);
        // CASE-18: a split honoured by one 301 carrying the request's reference
        String bsn = "999900006";
        s.out("c18-301", s.m.toewijzing("2025-01-02", bsn,
                toegewezen(123001).product(cat, cat + "A04").toegewezenOp("2025-01-02", "10:00:00")
                        .periode("2025-01-01", "2025-12-31").omvang(4, "04", "2"),
                toegewezen(123002).product(cat, cat + "A03").toegewezenOp("2025-01-02", "10:00:00")
                        .periode("2025-01-01", "2025-12-31").omvang(3, "04", "2")));
        s.in("c18-305", s.m.start("2025-01-10", bsn, levering(123002L).product(cat, cat + "A03").begin("2025-01-05")));
        s.in("c18-317", s.m.verzoekOmWijziging("2025-05-15", bsn, "A001",
                teWijzigen(123001, "2025-01-01").omvang(4, "04", "2").eind("2026-06-30"),
                teWijzigen(123002, "2025-06-12").omvang(6, "04", "2").eind("2025-12-31")));
        s.out("c18-301-honoured", s.m.toewijzing("2025-06-02", bsn,
                toegewezen(123001).product(cat, cat + "A04").toegewezenOp("2025-06-02", "10:00:00")
                        .periode("2025-01-01", "2026-06-30").omvang(4, "04", "2").reden("12").referentie("A001"),
                toegewezen(123002).product(cat, cat + "A03").toegewezenOp("2025-06-02", "10:00:00")
                        .periode("2025-01-01", "2025-06-11").omvang(3, "04", "2").reden("12").referentie("A001"),
                toegewezen(123078).product(cat, cat + "A03").toegewezenOp("2025-06-02", "10:00:00")
                        .periode("2025-06-12", "2025-12-31").omvang(6, "04", "2").referentie("A001")));
        s.in("c18-307", s.m.stop("2025-06-15", bsn, levering(123002L).product(cat, cat + "A03").begin("2025-01-05")
                .stop("37", "2025-06-11")));
        s.in("c18-305-new", s.m.start("2025-06-15", bsn, levering(123078L).product(cat, cat + "A03").begin("2025-06-12")));
        // CASE-19: an unchanged product, a changed one and the same product again for a new period
        String other = "999900018";
        s.out("c19-301", s.m.toewijzing("2025-02-20", other,
                toegewezen(789).product(cat, "A1").periode("2025-03-01", "2025-12-31").omvang(3, "04", "2"),
                toegewezen(910).product(cat, "C1").periode("2025-03-01", "2025-12-31").omvang(4, "16", "4")));
        s.in("c19-317", s.m.verzoekOmWijziging("2025-10-10", other, "A002", ongewijzigd(910),
                teWijzigen(789, "2025-11-01").omvang(5, "04", "2").eind("2026-07-01"),
                nieuw(cat, "C1", "2026-01-01").omvang(2, "16", "4").eind("2026-07-01")));
        // when
        s.process("2025-10-15");
        // then
        assertThat(s.outcome("c18-301")).isEqualTo("SENT");
        for (String accepted : new String[] {"c18-305", "c18-317", "c18-307", "c18-305-new", "c19-317"}) {
            assertThat(s.outcome(accepted)).as(accepted).isEqualTo("ACCEPTED");
            assertThat(s.codes(accepted)).as(accepted).isEmpty();
        }
        assertThat(s.outcome("c18-301-honoured")).isEqualTo("SENT");
        assertThat(s.outcome("c19-301")).isEqualTo("SENT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void case20ChangeRequestErrors(String standard) {
        Scenario s = gemeente(standard);
        String cat = category(standard);
        String bsn = "999900006";
        s.out("301", s.m.toewijzing("2025-02-20", bsn,
                toegewezen(789).product(cat, "A1").periode("2025-03-01", "2025-12-31").omvang(3, "04", "2"),
                toegewezen(910).product(cat, "C1").periode("2025-03-01", "2025-12-31").omvang(4, "16", "4"),
                toegewezen(777).product(cat, "D1").periode("2025-03-01", "2025-06-30").omvang(4, "16", "4")));
        s.in("omits-910", s.m.verzoekOmWijziging("2025-10-10", bsn, "V1",
                teWijzigen(789, "2025-11-01").omvang(5, "04", "2").eind("2026-07-01")));
        s.in("ended-allocation", s.m.verzoekOmWijziging("2025-10-10", bsn, "V2", ongewijzigd(789), ongewijzigd(910),
                teWijzigen(777, "2025-11-01").omvang(5, "16", "4").eind("2026-07-01")));
        s.in("unknown-unchanged", s.m.verzoekOmWijziging("2025-10-10", bsn, "V3", ongewijzigd(910), ongewijzigd(911),
                teWijzigen(789, "2025-11-01").omvang(5, "04", "2").eind("2026-07-01")));
        s.in("past-start", s.m.verzoekOmWijziging("2025-10-10", bsn, "V4", ongewijzigd(910),
                teWijzigen(789, "2025-09-01").omvang(5, "04", "2").eind("2026-07-01")));
        s.in("without-omvang", s.m.verzoekOmWijziging("2025-10-10", bsn, "V5", ongewijzigd(910),
                teWijzigen(789, "2025-03-01").eind("2026-07-01")));
        // level 2: a Verzoek of only unchanged products (TR353), or of only new ones (TR352)
        s.in("only-unchanged", s.m.verzoekOmWijziging("2025-10-10", bsn, "V8", ongewijzigd(789), ongewijzigd(910)));
        s.in("only-new", s.m.verzoekOmWijziging("2025-10-10", bsn, "V9",
                nieuw(cat, "E1", "2025-11-01").omvang(2, "16", "4").eind("2025-12-31")));
        // an aspecific allocation with a budget, for another client
        String other = "999900018";
        s.out("301-budget", s.m.toewijzing("2025-02-20", other,
                toegewezen(920).aspecifiek(cat, 100000L).periode("2025-03-01", "2025-12-31")));
        s.in("budget-later", s.m.verzoekOmWijziging("2025-10-10", other, "V6",
                teWijzigen(920, "2025-11-01").budget(150000).eind("2025-12-31")));
        s.in("aspecific-with-omvang", s.m.verzoekOmWijziging("2025-10-10", other, "V7",
                teWijzigen(920, "2025-03-01").omvang(5, "04", "2").eind("2025-12-31")));
        // when
        s.process("2025-10-15");
        // then
        assertThat(s.codes("omits-910"))
                .isEqualTo("Header=0200 Client=0200 Client/Verzoek=9349 Client/Verzoek/TeWijzigenProduct[1]=0200");
        assertThat(s.codes("ended-allocation")).isEqualTo("Header=0200 Client=0200 Client/Verzoek=0200 "
                + "Client/Verzoek/OngewijzigdProduct[1]=0200 Client/Verzoek/OngewijzigdProduct[2]=0200 "
                + "Client/Verzoek/TeWijzigenProduct[1]=9351");
        assertThat(s.codes("unknown-unchanged")).isEqualTo("Header=0200 Client=0200 Client/Verzoek=0200 "
                + "Client/Verzoek/OngewijzigdProduct[1]=0200 Client/Verzoek/OngewijzigdProduct[2]=9350 "
                + "Client/Verzoek/TeWijzigenProduct[1]=0200");
        assertThat(s.codes("past-start")).isEqualTo("Header=0200 Client=0200 Client/Verzoek=0200 "
                + "Client/Verzoek/OngewijzigdProduct[1]=0200 Client/Verzoek/TeWijzigenProduct[1]=9357");
        assertThat(s.codes("without-omvang")).isEqualTo("Header=0200 Client=0200 Client/Verzoek=0200 "
                + "Client/Verzoek/OngewijzigdProduct[1]=0200 Client/Verzoek/TeWijzigenProduct[1]=9411");
        assertThat(s.codes("budget-later")).isEqualTo("Header=0200 Client=0200 Client/Verzoek=0200 "
                + "Client/Verzoek/TeWijzigenProduct[1]=9373");
        assertThat(s.codes("aspecific-with-omvang")).isEqualTo("Header=0200 Client=0200 Client/Verzoek=0200 "
                + "Client/Verzoek/TeWijzigenProduct[1]=9412");
        assertThat(s.codes("only-unchanged")).isEqualTo("Header=0001");
        assertThat(s.errorRules("only-unchanged")).containsExactly("TR353");
        assertThat(s.codes("only-new")).isEqualTo("Header=0001");
        assertThat(s.errorRules("only-new")).containsExactly("TR352");
    }
}
