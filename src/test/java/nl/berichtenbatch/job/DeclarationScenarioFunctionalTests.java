package nl.berichtenbatch.job;

import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.prestatie;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.berichtenbatch.message.TestBerichten;

/**
 * The declaration scenarios of processes.md §12 (CASE-25…CASE-33) through {@code process} by the gemeente, which
 * answers every 323 with a 325, for both standards. The declarations of one aanbieder follow each other in time
 * (TR318), so the cases run in the order of their declaration periods, in one run.
 */
class DeclarationScenarioFunctionalTests {

    @TempDir
    Path dir;

    /** The gemeente's installation; the PostgreSQL integration tests give it their database. */
    Scenario gemeente(String standard) {
        return Scenario.gemeente(dir, standard);
    }

    /** The product and its code of each standard; a second code of the same category. */
    private record Product(String categorie, String code, String otherCode) {

        static Product of(String standard) {
            return standard.equals("ijw") ? new Product("45", "45A04", "45A03") : new Product("02", "02A04", "02A03");
        }

        TestBerichten.Toegewezen allocation(long nummer, String ingang, String eind) {
            return toegewezen(nummer).product(categorie, code).periode(ingang, eind).omvang(3, "04", "2");
        }

        TestBerichten.Regel line(String referentie, long nummer, String begin, String eind, long hours, long tarief) {
            return prestatie(referentie, nummer).product(categorie, code).periode(begin, eind)
                    .geleverd(hours, "04", tarief);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void case25To33DeclarationsAndTheirAnswers(String standard) {
        Scenario s = gemeente(standard);
        Product p = Product.of(standard);
        String w = "999900043";
        String x = "999900006";
        String y = "999900018";
        String z = "999900031";
        String v = "999900055";
        s.out("301-w", s.m.toewijzing("2025-12-20", w, p.allocation(400040, "2026-01-01", "2026-12-31"),
                toegewezen(400041).product(p.categorie, p.otherCode).periode("2026-01-01", "2026-12-31")
                        .omvang(3, "04", "2")));
        s.out("301-x", s.m.toewijzing("2026-03-20", x, p.allocation(400001, "2026-04-01", "2026-12-31")));
        s.out("301-y", s.m.toewijzing("2026-03-20", y, p.allocation(400002, "2026-04-01", "2026-12-31")));
        s.out("301-z", s.m.toewijzing("2026-03-20", z, p.allocation(400031, "2026-04-08", "2026-06-17")));
        s.out("301-v", s.m.toewijzing("2026-03-20", v, p.allocation(400030, "2026-04-01", "2026-09-30")
                .toegewezenOp("2026-03-20", "10:00:00")));
        // CASE-32, first part: January, February and March are declared
        for (String month : new String[] {"01", "02", "03"}) {
            s.in("c32-323-" + month, s.m.declaratie(java.time.YearMonth.parse("2026-" + month).plusMonths(1).atDay(5)
                    .toString(), "DN1" + month, "2026-" + month, client(w,
                    p.line("RN1" + month, 400040, "2026-" + month + "-01",
                            java.time.YearMonth.parse("2026-" + month).atEndOfMonth().toString(), 12, 6500))));
        }
        // CASE-25: fully approved
        s.in("c25-323", s.m.declaratie("2026-05-05", "DN001", "2026-04", client(x,
                p.line("RN000", 400001, "2026-04-01", "2026-04-30", 12, 6500))));
        // CASE-26: one prestatie with another code of the same category
        s.in("c26-323", s.m.declaratie("2026-05-06", "DN002", "2026-04", client(y,
                p.line("RN001", 400002, "2026-04-01", "2026-04-30", 2, 2500),
                prestatie("RN002", 400002).product(p.categorie, p.otherCode).periode("2026-04-01", "2026-04-30")
                        .geleverd(8, "04", 3000L))));
        // CASE-27: the DeclaratieNummer again
        s.in("c27-323", s.m.declaratie("2026-05-07", "DN001", "2026-04", client(y,
                p.line("RN003", 400002, "2026-04-01", "2026-04-30", 2, 2500))));
        // CASE-30: a prestatie on an allocation the gemeente deleted
        s.out("301-v-deleted", s.m.toewijzing("2026-04-15", v, p.allocation(400030, "2026-04-01", "2026-04-01")
                .toegewezenOp("2026-04-15", "10:00:00").reden("13")));
        s.in("c30-323", s.m.declaratie("2026-05-08", "DN004", "2026-04", client(v,
                p.line("RN004", 400030, "2026-04-01", "2026-04-30", 10, 6500))));
        // CASE-29: credit RN001 and declare the line again, in one 323 (May)
        s.in("c29-323", s.m.declaratie("2026-06-05", "DN005", "2026-05", client(y,
                p.line("RN011", 400002, "2026-04-01", "2026-04-30", 2, 3000),
                p.line("RN010", 400002, "2026-04-01", "2026-04-30", 2, 2500).credit("RN001"))));
        // CASE-29, variants: unknown and rejected debits, a second credit, a second debit without credit
        s.in("c29-323-variants", s.m.declaratie("2026-06-06", "DN006", "2026-05",
                client(y, p.line("RN020", 400002, "2026-04-01", "2026-04-30", 2, 2500).credit("RN999"),
                        prestatie("RN021", 400002).product(p.categorie, p.otherCode).periode("2026-04-01", "2026-04-30")
                                .geleverd(8, "04", 3000L).credit("RN002"),
                        p.line("RN022", 400002, "2026-04-01", "2026-04-30", 2, 2500).credit("RN001")),
                client(x, p.line("RN023", 400001, "2026-04-01", "2026-04-30", 11, 6500))));
        // CASE-29, level 2: a debit and its own credit in one 323 (TR316); two credits of one debit (TR315)
        s.in("c29-323-own-credit", s.m.declaratie("2026-06-06", "DN012", "2026-05", client(y,
                p.line("RN030", 400002, "2026-04-01", "2026-04-30", 2, 2500),
                p.line("RN031", 400002, "2026-04-01", "2026-04-30", 2, 2500).credit("RN030"))));
        s.in("c29-323-two-credits", s.m.declaratie("2026-06-06", "DN013", "2026-05", client(y,
                p.line("RN032", 400002, "2026-04-01", "2026-04-30", 2, 3000).credit("RN011"),
                p.line("RN033", 400002, "2026-04-01", "2026-04-30", 2, 3000).credit("RN011"))));
        // CASE-28: a TotaalIngediendBedrag that is not the sum of the prestaties (TR358, level 2)
        s.in("c28-323", s.m.declaratie("2026-06-06", "DN014", "2026-05", client(x,
                p.line("RN040", 400001, "2026-05-01", "2026-05-31", 12, 6500)))
                .replaceFirst("TotaalBedrag>78000<", "TotaalBedrag>78001<"));
        // CASE-32: April after May is refused; May again, or June, may carry the March care declared late
        s.in("c32-323-april", s.m.declaratie("2026-06-07", "DN007", "2026-04", client(w,
                p.line("RN104", 400040, "2026-04-01", "2026-04-30", 12, 6500))));
        s.in("c32-323-may-again", s.m.declaratie("2026-06-08", "DN008", "2026-05", client(w,
                prestatie("RN203", 400041).product(p.categorie, p.otherCode).periode("2026-03-01", "2026-03-31")
                        .geleverd(12, "04", 1500L))));
        // CASE-31: product periods at the edges of an allocation 2026-04-08…2026-06-17 (June)
        s.in("c31-323", s.m.declaratie("2026-07-05", "DN010", "2026-06", client(z,
                p.line("RN301", 400031, "2026-04-01", "2026-04-30", 10, 6500),
                p.line("RN302", 400031, "2026-06-01", "2026-06-30", 10, 6500),
                p.line("RN303", 400031, "2026-05-01", "2026-05-31", 10, 6500))));
        s.in("c32-323-june", s.m.declaratie("2026-07-06", "DN009", "2026-06", client(w,
                prestatie("RN202", 400041).product(p.categorie, p.otherCode).periode("2026-02-01", "2026-02-28")
                        .geleverd(12, "04", 1500L))));
        // CASE-33: a Dagtekening after the run date: the run is the night of the last message (2026-07-06)
        s.in("c33-323-future", s.m.declaratie("2026-07-07", "DN011", "2026-06", client(w,
                p.line("RN401", 400040, "2026-06-01", "2026-06-30", 12, 6500))));
        // when
        s.process("2026-07-06");
        // then
        for (String month : new String[] {"01", "02", "03"}) {
            s.expect("c32-323-" + month, "ACCEPTED");
        }
        s.expect("c25-323", "ACCEPTED");
        assertThat(s.codes("c25-323")).isEqualTo("Header=0200 DeclaratieAntwoord=8001");
        assertThat(s.answerValue("c25-323", "DeclaratieAntwoord/TotaalToegekendBedrag/TotaalBedrag")).isEqualTo("78000");

        s.expect("c26-323", "PARTIAL");
        assertThat(s.codes("c26-323")).isEqualTo("Header=0200 DeclaratieAntwoord=0200 DeclaratieAntwoord/Client[1]=0200 "
                + "DeclaratieAntwoord/Client[1]/Prestatie[1]=9340");
        assertThat(s.answerValue("c26-323", "DeclaratieAntwoord/TotaalIngediendBedrag/TotaalBedrag")).isEqualTo("29000");
        assertThat(s.answerValue("c26-323", "DeclaratieAntwoord/TotaalToegekendBedrag/TotaalBedrag")).isEqualTo("5000");

        s.expect("c27-323", "REJECTED");
        assertThat(s.codes("c27-323")).isEqualTo("Header=0200 DeclaratieAntwoord=9333");
        assertThat(s.answerValue("c27-323", "DeclaratieAntwoord/TotaalToegekendBedrag/TotaalBedrag")).isEqualTo("0");

        s.expect("301-v-deleted", "SENT");
        assertThat(s.codes("c30-323")).isEqualTo("Header=0200 DeclaratieAntwoord=0200 DeclaratieAntwoord/Client[1]=0200 "
                + "DeclaratieAntwoord/Client[1]/Prestatie[1]=9384");

        s.expect("c29-323", "ACCEPTED");
        assertThat(s.codes("c29-323")).isEqualTo("Header=0200 DeclaratieAntwoord=8001");
        s.expect("c29-323-variants", "REJECTED");
        assertThat(s.codes("c29-323-variants")).isEqualTo("Header=0200 DeclaratieAntwoord=0200 "
                + "DeclaratieAntwoord/Client[1]=0200 DeclaratieAntwoord/Client[1]/Prestatie[1]=8017 "
                + "DeclaratieAntwoord/Client[1]/Prestatie[2]=8017 DeclaratieAntwoord/Client[1]/Prestatie[3]=9390 "
                + "DeclaratieAntwoord/Client[2]=0200 DeclaratieAntwoord/Client[2]/Prestatie[1]=9389");

        s.expect("c29-323-own-credit", "REJECTED");
        assertThat(s.codes("c29-323-own-credit")).isEqualTo("Header=0001");
        assertThat(s.errorRules("c29-323-own-credit")).containsExactly("TR316");
        s.expect("c29-323-two-credits", "REJECTED");
        assertThat(s.codes("c29-323-two-credits")).isEqualTo("Header=0001");
        assertThat(s.errorRules("c29-323-two-credits")).containsExactly("TR315");

        s.expect("c28-323", "REJECTED");
        assertThat(s.codes("c28-323")).isEqualTo("Header=0001");
        assertThat(s.errorRules("c28-323")).containsExactly("TR358");
        assertThat(s.answerValue("c28-323", "Header/XsltVersie")).isEqualTo("1.0.0");

        s.expect("c32-323-april", "REJECTED");
        assertThat(s.codes("c32-323-april")).isEqualTo("Header=0200 DeclaratieAntwoord=8214");
        s.expect("c32-323-may-again", "ACCEPTED");
        s.expect("c32-323-june", "ACCEPTED");

        s.expect("c31-323", "PARTIAL");
        assertThat(s.codes("c31-323")).isEqualTo("Header=0200 DeclaratieAntwoord=0200 DeclaratieAntwoord/Client[1]=0200 "
                + "DeclaratieAntwoord/Client[1]/Prestatie[1]=9307,9387 DeclaratieAntwoord/Client[1]/Prestatie[2]=9308,9388");
        assertThat(s.answerValue("c31-323", "DeclaratieAntwoord/TotaalToegekendBedrag/TotaalBedrag")).isEqualTo("65000");

        assertThat(s.codes("c33-323-future")).isEqualTo("Header=8848");
    }
}
