package nl.berichtenbatch.job;

import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.prestatie;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.berichtenbatch.message.TestBerichten;

/**
 * A declaration of thousands of clients through {@code process}: its 325 and its report are large enough to be kept
 * compressed in the database until they are written and read back, and the HTML lists the first findings only.
 */
class LargeDeclarationFunctionalTests {

    private static final int CLIENTS = 2_500;

    @TempDir
    Path dir;

    @Test
    void aDeclarationOfThousandsOfClientsIsAnsweredInFullAndItsReportKeptWhole() throws IOException, SQLException {
        // given a 323 of 2,500 clients, none with an allocation the gemeente knows: every prestatie is rejected
        Scenario s = Scenario.gemeente(dir, "ijw");
        List<String> bsns = elfproef(CLIENTS);
        TestBerichten.Declarant[] clients = new TestBerichten.Declarant[CLIENTS];
        for (int i = 0; i < CLIENTS; i++) {
            clients[i] = client(bsns.get(i), prestatie("RN" + i, 500_000 + i).product("45", "45A04")
                    .periode("2026-04-01", "2026-04-30").geleverd(12, "04", 6500L));
        }
        s.in("large-323", s.m.declaratie("2026-05-05", "DN001", "2026-04", clients));
        // when
        s.process("2026-05-06");
        // then the 325 rejects each prestatie with its code
        s.expect("large-323", "REJECTED");
        assertThat(s.answerValue("large-323", "DeclaratieAntwoord/TotaalToegekendBedrag/TotaalBedrag")).isEqualTo("0");
        String codes = s.codes("large-323");
        assertThat(count(codes, "/Prestatie\\[1]=9338")).isEqualTo(CLIENTS);
        assertThat(codes).startsWith("Header=0200 DeclaratieAntwoord=0200 DeclaratieAntwoord/Client[1]=0200 "
                + "DeclaratieAntwoord/Client[1]/Prestatie[1]=9338 ").endsWith("DeclaratieAntwoord/Client[" + CLIENTS
                + "]/Prestatie[1]=9338");
        assertThat(s.errorRules("large-323")).containsExactly("TR338");
        // and the run report keeps every finding, the HTML the first hundred and a count of the rest
        Path reports = dir.resolve("data").resolve("reports");
        String json = Files.readString(reports.resolve("run-1.json"));
        assertThat(count(json, "\"rule\"\\s*:\\s*\"TR338\"")).isEqualTo(CLIENTS);
        assertThat(Files.readString(reports.resolve("run-1.html"))).contains("En nog " + (CLIENTS - 100)
                + " meldingen, alle in het JSON-rapport: TR338 &times; " + (CLIENTS - 100) + ".");
        // and both waited compressed in the database
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/db/berichtenbatch"), "sa",
                "")) {
            assertThat(single(db, "select count(*) from run_file where report_gz is not null and report is null"))
                    .isEqualTo(1);
            assertThat(single(db, "select count(*) from pending_output where compressed")).isEqualTo(1);
        }
    }

    /** Bsns that pass the elfproef, counting up from 100000000. */
    private static List<String> elfproef(int count) {
        List<String> bsns = new ArrayList<>();
        for (int n = 100_000_000; bsns.size() < count; n++) {
            String bsn = Integer.toString(n);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (bsn.charAt(i) - '0') * (9 - i);
            }
            if ((sum - (bsn.charAt(8) - '0')) % 11 == 0) {
                bsns.add(bsn);
            }
        }
        return bsns;
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (ResultSet result = db.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
