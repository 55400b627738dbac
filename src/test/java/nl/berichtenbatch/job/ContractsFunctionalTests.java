package nl.berichtenbatch.job;

import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.prestatie;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.berichtenbatch.message.TestBerichten;

/**
 * The contracts file through {@code process}: a bad file stops the start before anything is claimed (and serve and
 * jobs restart, but not the commands that process nothing), and a good one
 * gives TR346 and TR418 their tariffs (variants.md §7 V-05 and V-06).
 */
class ContractsFunctionalTests {

    private static final String HEADER =
            "gemeente,aanbieder,productcategorie,productcode,variant,eenheid,tarief,ingangsdatum,einddatum\n";

    @TempDir
    Path dir;

    @Test
    void aBadContractsFileStopsTheStartAndLeavesTheInboxAlone() throws IOException {
        // given a file with two bad rows, named in the configuration, and files waiting
        Path contracts = Files.writeString(dir.resolve("contracts.csv"), HEADER
                + "0363,12345678,45,45A01,inspanningsgericht,04,6250,2026-01-01,\n"
                + "0363,12345678,45,45A01,outputgericht,83,,2026-06-01,\n"
                + "0363,1234567,45,45A02,inspanningsgericht,04,6250,2026-01-01,\n");
        TestWorkspace workspace = new TestWorkspace(dir, "gemeente", "0363",
                "berichtenbatch:\n  contracts: " + contracts + "\n");
        workspace.inbox("start.xml", GemeenteFunctionalTests.sample("ijw", "305"));
        workspace.outgoing("toewijzing.xml", GemeenteFunctionalTests.sample("ijw", "301"));
        // when
        TestWorkspace.Run run = workspace.process();
        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "berichtenbatch: contracts file " + contracts
                        + " has 2 errors; nothing is processed until it is right:",
                "  contracts.csv:3: period 2026-06-01…(open) overlaps line 2 for the same gemeente 0363, aanbieder "
                        + "12345678 and product 45/45A01",
                "  contracts.csv:4: aanbieder '1234567' is not an AGB code (8 digits)");
        assertThat(workspace.files("inbox")).containsExactly("start.xml");
        assertThat(workspace.files("outgoing")).containsExactly("toewijzing.xml");
        assertThat(workspace.files("work")).isEmpty();
        assertThat(workspace.files("reports")).isEmpty();
        // validate with this configuration reads the same contracts
        assertThat(workspace.run("validate", workspace.data().resolve("inbox/start.xml").toString()).exitCode())
                .isEqualTo(2);

        // jobs restart stops the same way
        TestWorkspace.Run restart = workspace.run("jobs", "restart", "1");
        assertThat(restart.exitCode()).isEqualTo(2);
        assertThat(restart.err()).startsWith("berichtenbatch: contracts file " + contracts + " has 2 errors;");
        // the commands that process nothing still work while the file is being mended
        TestWorkspace.Run listed = workspace.run("jobs", "list");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        // and jobs list says why no run was listed for the night
        assertThat(listed.err()).startsWith("berichtenbatch: warning: no run can start: contracts file " + contracts
                + " has 2 errors; nothing is processed until it is right:\n  contracts.csv:3: ");
        TestWorkspace.Run verified = workspace.run("audit", "verify");
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(workspace.files("inbox")).containsExactly("start.xml");

        // when the file is right again
        Files.writeString(contracts, HEADER + "0363,12345678,45,45A01,inspanningsgericht,04,6250,2026-01-01,\n");
        // then no run was recorded, and the next one takes the files
        TestWorkspace.Run jobs = workspace.run("jobs", "list");
        assertThat(jobs.exitCode()).as(jobs.err()).isZero();
        assertThat(jobs.out().lines()).hasSize(1);
        assertThat(workspace.process().exitCode()).isZero();
        assertThat(workspace.files("inbox")).isEmpty();
    }

    @Test
    void aBadContractsFileStopsServeAtItsStart() throws Exception {
        // given a contracts file with a bad row and a file waiting
        Path contracts = Files.writeString(dir.resolve("contracts.csv"), HEADER + "0363,12345678,45\n");
        TestWorkspace workspace = new TestWorkspace(dir, "gemeente", "0363",
                "berichtenbatch:\n  contracts: " + contracts + "\n");
        workspace.inbox("start.xml", GemeenteFunctionalTests.sample("ijw", "305"));
        // when serve starts, on a cron of every second
        Process serve = workspace.spawn("serve", "--cron", "* * * * * *");
        boolean ended = serve.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            serve.destroyForcibly();
        }
        // then it stops at once, saying why, before its first run
        assertThat(ended).as("serve stopped").isTrue();
        assertThat(serve.exitValue()).isEqualTo(2);
        String output = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output).contains("berichtenbatch: contracts file " + contracts + " has 1 error;",
                "contracts.csv:2: has 3 fields, the header 9").doesNotContain("serving");
        assertThat(workspace.files("inbox")).containsExactly("start.xml");
        assertThat(workspace.files("work")).isEmpty();
    }

    @Test
    void aConfiguredContractsFileMustExist() {
        // given
        Path missing = dir.resolve("nope.csv");
        TestWorkspace workspace = new TestWorkspace(dir, "gemeente", "0363",
                "berichtenbatch:\n  contracts: " + missing + "\n");
        workspace.inbox("start.xml", GemeenteFunctionalTests.sample("ijw", "305"));
        // when
        TestWorkspace.Run run = workspace.process();
        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("berichtenbatch: berichtenbatch.contracts: " + missing + " not found\n");
        assertThat(workspace.files("inbox")).containsExactly("start.xml");
    }

    /** One client per allocation (test BSNs that pass the elfproef). */
    private static final Map<Long, String> CLIENTS = Map.of(1L, "999900055", 4L, "999900079", 5L, "999900067",
            6L, "999900080", 9L, "999900092");

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void v05AndV06TheContractTariffDecides(String standard) throws IOException {
        // given the contracts of variants.md §7 in the default place, <data-dir>/contracts.csv
        Scenario s = Scenario.gemeente(dir, standard);
        String cat = standard.equals("ijw") ? "45" : "02";
        String a04 = cat + "A04";
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data").resolve("contracts.csv"), HEADER
                + row(s.m, cat, a04, "inspanningsgericht", "04", "6500")
                + row(s.m, cat, cat + "A03", "inspanningsgericht", "04", "1250")
                + row(s.m, cat, cat + "A05", "outputgericht", "83", ""));
        for (long nummer : CLIENTS.keySet()) {
            s.out("301-" + nummer, s.m.toewijzing("2025-10-01", CLIENTS.get(nummer), toegewezen(nummer)
                    .product(cat, a04).periode("2025-10-07", "2025-12-30").omvang(3, "04", "2")));
        }
        // V-01 and V-04: the contract tariff, in hours and in minutes
        declare(s, "v01", october("RN01", 1, cat, a04).geleverd(12, "04", 6500L));
        declare(s, "v04", october("RN04", 4, cat, a04).geleverd(720, "01", 108L).bedrag(78000));
        // V-05: 95 minutes at 108 is 10260, but the hour tariff gives 6500 x 95 / 60 = 10291.67 → 10292
        declare(s, "v05", october("RN05", 5, cat, a04).geleverd(95, "01", 108L).bedrag(10260));
        declare(s, "v05-right", october("RN09", 9, cat, a04).geleverd(95, "01", 108L).bedrag(10292));
        // V-06: 12 hours at 6000 adds up, but 6000 is not the contract tariff
        declare(s, "v06", october("RN06", 6, cat, a04).geleverd(12, "04", 6000L));
        // when
        s.process();
        // then
        for (String accepted : new String[] {"v01", "v04", "v05-right"}) {
            s.expect(accepted, "ACCEPTED");
        }
        String rejected = "Header=0200 DeclaratieAntwoord=0200 DeclaratieAntwoord/Client[1]=0200 "
                + "DeclaratieAntwoord/Client[1]/Prestatie[1]=";
        assertThat(s.codes("v05")).isEqualTo(rejected + "9346");
        assertThat(s.codes("v06")).isEqualTo(rejected + "0611");
    }

    private static String row(TestBerichten m, String cat, String code, String variant, String eenheid,
            String tarief) {
        return String.join(",", m.gemeente(), m.aanbieder(), cat, code, variant, eenheid, tarief, "2025-01-01", "")
                + "\n";
    }

    private static TestBerichten.Regel october(String referentie, long nummer, String cat, String code) {
        return prestatie(referentie, nummer).product(cat, code).periode("2025-10-07", "2025-10-31");
    }

    /** A 323 for October 2025 with one prestatie, under its allocation's client. */
    private static void declare(Scenario s, String name, TestBerichten.Regel prestatie) {
        s.in(name, s.m.declaratie("2025-11-04", "DN" + name.replace("-", "").toUpperCase(), "2025-10",
                client(CLIENTS.get(prestatie.toewijzingNummer()), prestatie)));
    }
}
