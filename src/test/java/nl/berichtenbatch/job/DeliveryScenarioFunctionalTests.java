package nl.berichtenbatch.job;

import static nl.berichtenbatch.message.TestBerichten.levering;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.berichtenbatch.message.TestBerichten;

/**
 * The allocation, start and stop scenarios of processes.md §12 (CASE-01…CASE-13), replayed through {@code process} by
 * the gemeente that sends the 301s and receives the 305s and 307s, for both standards (iWmo with its own product and
 * RedenBeeindiging codes). Each test is one run: the messages are processed in the order they were dropped.
 */
class DeliveryScenarioFunctionalTests {

    @TempDir
    Path dir;

    /** The product and the RedenBeeindiging codes of each standard (JZ588 / WMO588). */
    private record Codes(String categorie, String code, String definitive, String otherDefinitive, String third,
            String unused) {

        static Codes of(String standard) {
            return standard.equals("ijw") ? new Codes("45", "45A04", "34", "31", "33", "32")
                    : new Codes("07", "07A12", "23", "19", "21", "22");
        }

        TestBerichten.Toegewezen allocation(long nummer) {
            return toegewezen(nummer).product(categorie, code);
        }

        TestBerichten.Levering delivery(long nummer, String begindatum) {
            return levering(nummer).product(categorie, code).begin(begindatum);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void case01And04ExtensionByStretchingAndCorrectingTheStopReason(String standard) {
        Scenario s = Scenario.gemeente(dir, standard);
        Codes c = Codes.of(standard);
        String bsn = "999900006";
        // CASE-01: allocation, start, extension under the same number (no new start)
        s.out("c01-301-v1", s.m.toewijzing("2025-01-01", bsn, c.allocation(667899).toegewezenOp("2025-01-01", "09:00:00")
                .periode("2025-01-01", "2025-06-30").omvang(3, "04", "2")));
        s.in("c01-305", s.m.start("2025-01-06", bsn, c.delivery(667899, "2025-01-05")
                .toewijzingIngangsdatum("2025-01-01")));
        s.out("c01-301-v2", s.m.toewijzing("2025-05-10", bsn, c.allocation(667899).toegewezenOp("2025-05-10", "09:00:00")
                .periode("2025-01-01", "2025-12-31").omvang(3, "04", "2").reden("04")));
        // the extension is current: care in July is within the allocation
        s.in("c01-323", s.m.declaratie("2025-08-05", "DN01", "2025-07", TestBerichten.client(bsn,
                TestBerichten.prestatie("RN0101", 667899).product(c.categorie, c.code).periode("2025-07-01", "2025-07-31")
                        .geleverd(12, "04", 6500L))));
        // CASE-04 on allocation 667900 of another client: start 2025-01-06, stop, then correct the stop reason
        String other = "999900018";
        s.out("c04-301", s.m.toewijzing("2025-01-01", other, c.allocation(667900).periode("2025-01-01", "2025-06-30")
                .omvang(3, "04", "2")));
        s.in("c04-305", s.m.start("2025-01-07", other, c.delivery(667900, "2025-01-06")));
        s.in("c04-307", s.m.stop("2025-06-18", other, c.delivery(667900, "2025-01-06").stop(c.third, "2025-06-17")));
        // negative first: deleting a stop that was never received rejects the whole message
        s.in("c04-307-wrong-delete", s.m.stop("2025-06-19", other,
                c.delivery(667900, "2025-01-06").stop(c.unused, "2025-06-17").verwijder(),
                c.delivery(667900, "2025-01-06").stop(c.otherDefinitive, "2025-06-17")));
        s.in("c04-307-correction", s.m.stop("2025-06-19", other,
                c.delivery(667900, "2025-01-06").stop(c.third, "2025-06-17").verwijder(),
                c.delivery(667900, "2025-01-06").stop(c.otherDefinitive, "2025-06-17")));
        // when
        s.process();
        // then
        assertThat(s.outcome("c01-301-v1")).isEqualTo("SENT");
        assertThat(s.outcome("c01-305")).isEqualTo("ACCEPTED");
        assertThat(s.codes("c01-305")).isEmpty();
        assertThat(s.outcome("c01-301-v2")).isEqualTo("SENT");
        assertThat(s.outcome("c01-323")).isEqualTo("ACCEPTED");
        assertThat(s.codes("c01-323")).isEqualTo("Header=0200 DeclaratieAntwoord=8001");
        assertThat(s.outcome("c04-307")).isEqualTo("ACCEPTED");
        assertThat(s.outcome("c04-307-wrong-delete")).isEqualTo("REJECTED");
        // the deletion finds nothing, so the definitive stop still stands for the second class
        assertThat(s.codes("c04-307-wrong-delete"))
                .isEqualTo("Header=0200 Client=0200 Client/StopProduct[1]=9063 Client/StopProduct[2]=9415");
        assertThat(s.outcome("c04-307-correction")).isEqualTo("ACCEPTED");
        assertThat(s.codes("c04-307-correction")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void case02And03TemporaryThenDefinitiveStop(String standard) {
        Scenario s = Scenario.gemeente(dir, standard);
        Codes c = Codes.of(standard);
        String bsn = "999996770";
        // CASE-02
        s.out("c02-301", s.m.toewijzing("2025-05-09", bsn, c.allocation(668877).toegewezenOp("2025-05-09", "10:00:00")
                .periode("2025-05-12", "2025-12-31").omvang(6, "16", "2")));
        s.in("c02-305", s.m.start("2025-05-16", bsn, c.delivery(668877, "2025-05-15").toewijzingIngangsdatum("2025-05-12")));
        s.in("c02-307-temporary", s.m.stop("2025-06-21", bsn, c.delivery(668877, "2025-05-15").stop("20", "2025-06-20")));
        s.in("c02-307-second-temporary", s.m.stop("2025-06-26", bsn, c.delivery(668877, "2025-05-15")
                .stop("20", "2025-06-25")));
        s.in("c02-307-same-temporary", s.m.stop("2025-06-26", bsn, c.delivery(668877, "2025-05-15")
                .stop("20", "2025-06-20")));
        s.in("c02-307-earlier-end", s.m.stop("2025-06-26", bsn, c.delivery(668877, "2025-05-15")
                .stop(c.definitive, "2025-06-19")));
        s.in("c02-307-definitive", s.m.stop("2025-06-26", bsn, c.delivery(668877, "2025-05-15")
                .stop(c.definitive, "2025-06-20")));
        s.in("c02-307-after-definitive", s.m.stop("2025-07-01", bsn, c.delivery(668877, "2025-05-15")
                .stop(c.otherDefinitive, "2025-06-30")));
        // CASE-03: a definitive stop with a later end date
        String other = "999996782";
        s.out("c03-301", s.m.toewijzing("2025-03-10", other, c.allocation(12563).periode("2025-03-17", "2025-12-31")
                .omvang(6, "16", "2")));
        s.in("c03-305", s.m.start("2025-04-01", other, c.delivery(12563, "2025-03-31")));
        s.in("c03-307-temporary", s.m.stop("2025-06-08", other, c.delivery(12563, "2025-03-31").stop("20", "2025-06-07")));
        s.in("c03-307-definitive", s.m.stop("2025-06-28", other, c.delivery(12563, "2025-03-31")
                .stop(c.definitive, "2025-06-27")));
        // when
        s.process();
        // then
        for (String accepted : new String[] {"c02-305", "c02-307-temporary", "c02-307-definitive", "c03-305",
            "c03-307-temporary", "c03-307-definitive"}) {
            assertThat(s.outcome(accepted)).as(accepted).isEqualTo("ACCEPTED");
        }
        assertThat(s.codes("c02-307-second-temporary")).isEqualTo("Header=0200 Client=0200 Client/StopProduct[1]=9413");
        assertThat(s.codes("c02-307-same-temporary"))
                .isEqualTo("Header=0200 Client=0200 Client/StopProduct[1]=9074,9413");
        assertThat(s.codes("c02-307-earlier-end")).isEqualTo("Header=0200 Client=0200 Client/StopProduct[1]=9414");
        assertThat(s.codes("c02-307-after-definitive")).isEqualTo("Header=0200 Client=0200 Client/StopProduct[1]=9415");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void case05To09CorrectionsWithStatusAanlevering(String standard) {
        Scenario s = Scenario.gemeente(dir, standard);
        Codes c = Codes.of(standard);
        // CASE-05: correct a start date in one message; the corrected start is current (a stop on it fits)
        s.out("c05-301", s.m.toewijzing("2025-01-01", "999900006", c.allocation(1005).periode("2025-01-01", "2025-12-31")
                .omvang(3, "04", "2")));
        s.in("c05-305", s.m.start("2025-01-07", "999900006", c.delivery(1005, "2025-01-06")));
        s.in("c05-305-correction", s.m.start("2025-01-08", "999900006", c.delivery(1005, "2025-01-06").verwijder(),
                c.delivery(1005, "2025-01-07")));
        s.in("c05-307", s.m.stop("2025-03-01", "999900006", c.delivery(1005, "2025-01-07").stop("20", "2025-02-28")));
        // CASE-06, the correct way: delete first, deliver again with another ToewijzingIngangsdatum in a second 305
        s.out("c06-301", s.m.toewijzing("2025-01-01", "999900018", c.allocation(1006).periode("2025-01-01", "2025-12-31")
                .omvang(3, "04", "2")));
        s.in("c06-305", s.m.start("2025-01-07", "999900018", c.delivery(1006, "2025-01-06")
                .toewijzingIngangsdatum("2024-12-01")));
        // CASE-06 in one message: the delete and the corrected start share the key (TR101, level 2)
        s.in("c06-305-in-one", s.m.start("2025-01-08", "999900018", c.delivery(1006, "2025-01-06")
                .toewijzingIngangsdatum("2024-12-01").verwijder(), c.delivery(1006, "2025-01-06")
                .toewijzingIngangsdatum("2025-01-01")));
        s.in("c06-305-delete", s.m.start("2025-01-08", "999900018", c.delivery(1006, "2025-01-06")
                .toewijzingIngangsdatum("2024-12-01").verwijder()));
        s.in("c06-305-again", s.m.start("2025-01-09", "999900018", c.delivery(1006, "2025-01-06")
                .toewijzingIngangsdatum("2025-01-01")));
        // CASE-07: delete a start that was never received
        s.in("c07-305", s.m.start("2025-01-09", "999900031", c.delivery(1006, "2025-01-06").verwijder()));
        // CASE-08: a second start needs a stop first
        s.out("c08-301", s.m.toewijzing("2025-01-01", "999900043", c.allocation(1008).periode("2025-01-01", "2025-12-31")
                .omvang(3, "04", "2")));
        s.in("c08-305-b1", s.m.start("2025-01-07", "999900043", c.delivery(1008, "2025-01-06")));
        s.in("c08-305-b2", s.m.start("2025-02-03", "999900043", c.delivery(1008, "2025-02-02")));
        s.in("c08-307-b1", s.m.stop("2025-02-01", "999900043", c.delivery(1008, "2025-01-06").stop("20", "2025-01-31")));
        s.in("c08-305-b2-again", s.m.start("2025-02-04", "999900043", c.delivery(1008, "2025-02-02")));
        // CASE-09: a stopped start cannot be deleted until its stop is deleted
        s.out("c09-301", s.m.toewijzing("2025-01-01", "999900055", c.allocation(1009).periode("2025-01-01", "2025-12-31")
                .omvang(3, "04", "2")));
        s.in("c09-305", s.m.start("2025-01-07", "999900055", c.delivery(1009, "2025-01-06")));
        s.in("c09-307", s.m.stop("2025-04-01", "999900055", c.delivery(1009, "2025-01-06")
                .stop(c.otherDefinitive, "2025-03-31")));
        s.in("c09-305-delete", s.m.start("2025-04-02", "999900055", c.delivery(1009, "2025-01-06").verwijder()));
        s.in("c09-307-delete", s.m.stop("2025-04-03", "999900055", c.delivery(1009, "2025-01-06")
                .stop(c.otherDefinitive, "2025-03-31").verwijder()));
        s.in("c09-305-delete-again", s.m.start("2025-04-04", "999900055", c.delivery(1009, "2025-01-06").verwijder()));
        // when
        s.process();
        // then
        for (String accepted : new String[] {"c05-305", "c05-305-correction", "c05-307", "c06-305", "c06-305-delete",
            "c06-305-again", "c08-305-b1", "c08-307-b1", "c08-305-b2-again", "c09-305", "c09-307", "c09-307-delete",
            "c09-305-delete-again"}) {
            assertThat(s.outcome(accepted)).as(accepted).isEqualTo("ACCEPTED");
            assertThat(s.codes(accepted)).as(accepted).isEmpty();
        }
        assertThat(s.codes("c06-305-in-one")).isEqualTo("Header=0001");
        assertThat(s.errorRules("c06-305-in-one")).containsExactly("TR101");
        assertThat(s.codes("c07-305")).isEqualTo("Header=0200 Client=0200 Client/StartProduct[1]=9063");
        assertThat(s.codes("c08-305-b2")).isEqualTo("Header=0200 Client=0200 Client/StartProduct[1]=9326");
        assertThat(s.codes("c09-305-delete")).isEqualTo("Header=0200 Client=0200 Client/StartProduct[1]=9071");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void case10To13StartsAndStopsThatDoNotFit(String standard) {
        Scenario s = Scenario.gemeente(dir, standard);
        Codes c = Codes.of(standard);
        String bsn = "999900006";
        s.out("301", s.m.toewijzing("2025-01-01", bsn, c.allocation(1010).periode("2025-01-01", "2025-12-31")
                .omvang(3, "04", "2")));
        // CASE-10: a stop without a start; then a stop whose Begindatum is not the current start's
        s.in("c10-307-without-start", s.m.stop("2025-02-01", bsn, c.delivery(1010, "2025-01-06").stop("20", "2025-01-31")));
        s.in("c10-305", s.m.start("2025-01-07", bsn, c.delivery(1010, "2025-01-06")));
        s.in("c10-307-other-begin", s.m.stop("2025-02-01", bsn, c.delivery(1010, "2025-01-05").stop("20", "2025-01-31")));
        // CASE-11: a start on an allocation not issued for this client, or without ToewijzingNummer (no taakgericht
        // agreement: CASE-13 needs a contracts file)
        s.in("c11-305-unknown", s.m.start("2025-01-08", bsn, c.delivery(4242, "2025-01-06")));
        s.in("c11-305-other-client", s.m.start("2025-01-08", "999900018", c.delivery(1010, "2025-01-06")));
        s.in("c11-305-no-number", s.m.start("2025-01-08", bsn, TestBerichten.levering(null).product(c.categorie, c.code)
                .begin("2025-01-06")));
        // CASE-12: the accepted 305 again with a new Identificatie, and again with its own Identificatie
        String start = s.m.identificatie("C12-305").start("2025-01-09", bsn, c.delivery(1010, "2025-01-06"));
        s.in("c12-305-again", start);
        s.in("c12-305-same-identificatie", start.replace("2025-01-09", "2025-01-10"));
        // CASE-12, level 2: the same StartProduct twice in one 305
        s.in("c12-305-twice", s.m.start("2025-01-10", bsn, c.delivery(1010, "2025-01-06"),
                c.delivery(1010, "2025-01-06")));
        // when
        s.process();
        // then
        assertThat(s.codes("c10-307-without-start")).isEqualTo("Header=0200 Client=0200 Client/StopProduct[1]=9069");
        assertThat(s.outcome("c10-305")).isEqualTo("ACCEPTED");
        assertThat(s.codes("c10-307-other-begin")).isEqualTo("Header=0200 Client=0200 Client/StopProduct[1]=9069");
        assertThat(s.codes("c11-305-unknown")).isEqualTo("Header=0200 Client=0200 Client/StartProduct[1]=9019");
        assertThat(s.codes("c11-305-other-client")).isEqualTo("Header=0200 Client=0200 Client/StartProduct[1]=9019");
        assertThat(s.codes("c11-305-no-number")).isEqualTo("Header=0200 Client=0200 Client/StartProduct[1]=9019");
        assertThat(s.codes("c12-305-again")).isEqualTo("Header=0200 Client=0200 Client/StartProduct[1]=9074,9326");
        assertThat(s.codes("c12-305-same-identificatie")).isEqualTo("Header=9056");
        assertThat(s.codes("c12-305-twice")).isEqualTo("Header=0001");
        assertThat(s.errorRules("c12-305-twice")).containsExactly("TR101");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void case13TaakgerichtStartAndStopWithoutToewijzingNummer(String standard) throws IOException {
        // given a contracts file with a taakgericht row for the product (design.md 4.5)
        TestBerichten m = TestBerichten.of(standard);
        Codes c = Codes.of(standard);
        Path contracts = dir.resolve("contracts.csv");
        Files.writeString(contracts, """
                gemeente,aanbieder,productcategorie,productcode,variant,eenheid,tarief,ingangsdatum,einddatum
                %s,%s,%s,%s,taakgericht,04,,2025-01-01,
                """.formatted(m.gemeente(), m.aanbieder(), c.categorie, c.code));
        Scenario s = Scenario.gemeente(dir, standard, "berichtenbatch:\n  contracts: " + contracts + "\n");
        String bsn = "999900006";
        // CASE-13: a start without ToewijzingNummer, then its stop with the same Product and Begindatum
        s.in("c13-305", s.m.start("2025-03-02", bsn, TestBerichten.levering(null).product(c.categorie, c.code)
                .begin("2025-03-01")));
        s.in("c13-307", s.m.stop("2025-04-01", bsn, TestBerichten.levering(null).product(c.categorie, c.code)
                .begin("2025-03-01").stop(c.definitive, "2025-03-31")));
        // near miss: the same without ToewijzingNummer for a product without a taakgericht row
        s.in("c13-305-not-taakgericht", s.m.start("2025-03-02", bsn, TestBerichten.levering(null)
                .product(c.categorie, c.code.substring(0, 4) + "9").begin("2025-03-01")));
        // when
        s.process();
        // then
        s.expect("c13-305", "ACCEPTED").expect("c13-307", "ACCEPTED");
        assertThat(s.codes("c13-305")).isEmpty();
        assertThat(s.codes("c13-307")).isEmpty();
        assertThat(s.codes("c13-305-not-taakgericht"))
                .isEqualTo("Header=0200 Client=0200 Client/StartProduct[1]=9019");
    }
}
