package nl.berichtenbatch.job;

import static nl.berichtenbatch.job.GemeenteFunctionalTests.answer;
import static nl.berichtenbatch.job.GemeenteFunctionalTests.sample;
import static nl.berichtenbatch.job.GemeenteFunctionalTests.withIdentificatie;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.berichtenbatch.message.MessageRead;

/** An aanbieder's nights, for both standards: what it receives, what it sends, and what it holds back. */
class AanbiederFunctionalTests {

    @TempDir
    Path dir;

    /** The workspace of a test; the PostgreSQL integration tests give it their database. */
    TestWorkspace workspace() {
        return new TestWorkspace(dir, "aanbieder", "12345678");
    }

    static String bsnOf(String standard) {
        return standard.equals("ijw") ? "999912343" : "999936505";
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void sendsWhatTheGemeenteWouldAcceptAndHoldsTheRest(String standard) throws Exception {
        // given an allocation from the gemeente, and what the aanbieder's administration wants to send
        TestWorkspace workspace = workspace();
        String stop = sample(standard, "307");
        workspace.inbox("toewijzing.xml", sample(standard, "301"));
        workspace.outgoing("start.xml", sample(standard, "305"));
        workspace.outgoing("start-unknown.xml", withIdentificatie(sample(standard, "305"), "T-911")
                .replace("ToewijzingNummer>1001<", "ToewijzingNummer>4242<"));
        workspace.inbox("retour-start.xml", sample(standard, "306"));
        workspace.outgoing("stop.xml", stop);
        workspace.outgoing("stop-twice.xml", withIdentificatie(stop, "T-912"));
        workspace.outgoing("declaratie.xml", sample(standard, "323"));
        workspace.outgoing("verzoek.xml", sample(standard, "315"));  // the request the 319 answers (TR355)
        workspace.inbox("antwoord.xml", sample(standard, "319"));
        workspace.inbox("declaratie-antwoord.xml", sample(standard, "325"));
        // when
        TestWorkspace.Run run = workspace.process();
        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(workspace.message(1, "toewijzing.xml").get("outcome").asString()).isEqualTo("ACCEPTED");
        MessageRead retour = answer(workspace, workspace.message(1, "toewijzing.xml"));
        assertThat(retour.kind().type().number()).isEqualTo("302");
        assertThat(retour.root().find("Header/RetourCodes")).isEmpty();
        assertThat(workspace.message(1, "start.xml").get("outcome").asString()).isEqualTo("SENT");
        assertThat(workspace.message(1, "start-unknown.xml").get("outcome").asString()).isEqualTo("HELD");
        assertThat(workspace.message(1, "retour-start.xml").get("outcome").asString()).isEqualTo("RECORDED");
        assertThat(workspace.message(1, "stop.xml").get("outcome").asString()).isEqualTo("SENT");
        assertThat(workspace.message(1, "stop-twice.xml").get("outcome").asString()).isEqualTo("HELD");
        assertThat(workspace.message(1, "declaratie.xml").get("outcome").asString()).isEqualTo("SENT");
        assertThat(workspace.message(1, "antwoord.xml").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(answer(workspace, workspace.message(1, "antwoord.xml")).kind().type().number()).isEqualTo("320");
        assertThat(workspace.message(1, "declaratie-antwoord.xml").get("outcome").asString()).isEqualTo("RECORDED");
        assertThat(workspace.files("outgoing-rejected")).containsExactlyInAnyOrder("start-unknown.xml",
                "start-unknown.xml.fout.txt", "stop-twice.xml", "stop-twice.xml.fout.txt");
        assertThat(workspace.read("outgoing-rejected/start-unknown.xml.fout.txt")).contains("HELD (not sent)")
                .contains("TR019 [9019]").contains("4242");
        assertThat(workspace.read("outgoing-rejected/stop-twice.xml.fout.txt")).contains("TR074 [9074]");
        assertThat(workspace.files("outbox")).contains("start.xml", "stop.xml", "declaratie.xml")
                .doesNotContain("start-unknown.xml", "stop-twice.xml");
        assertThat(workspace.files("outgoing")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void aRetourWithCodesMeansTheMessageWasNeverSent(String standard) throws Exception {
        // given a stop that was sent, and then rejected by the gemeente's retour
        TestWorkspace workspace = workspace();
        String stop = sample(standard, "307");
        String prefix = standard.equals("ijw") ? "jw308" : "wmo308";
        workspace.inbox("toewijzing.xml", sample(standard, "301"));
        workspace.outgoing("start.xml", sample(standard, "305"));
        workspace.outgoing("stop.xml", stop);
        assertThat(workspace.process().exitCode()).isZero();
        workspace.inbox("retour-stop.xml", sample(standard, "308").replace("</" + prefix + ":Header>",
                "<" + prefix + ":RetourCodes><" + prefix + ":RetourCode>8848</" + prefix + ":RetourCode></"
                        + prefix + ":RetourCodes></" + prefix + ":Header>"));
        // when the administration sends the stop again
        workspace.outgoing("stop-again.xml", withIdentificatie(stop, "T-913"));
        TestWorkspace.Run run = workspace.process();
        // then it goes out: the rejected one counts as never sent (no 9074)
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(workspace.message(2, "retour-stop.xml").get("outcome").asString()).isEqualTo("RECORDED");
        assertThat(workspace.message(2, "stop-again.xml").get("outcome").asString()).isEqualTo("SENT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void theBsnAppearsInNoReportNoErrorReportAndNoDatabaseRow(String standard) throws Exception {
        // given a night with accepted, rejected, held and invalid messages about the sample client
        TestWorkspace workspace = workspace();
        workspace.inbox("toewijzing.xml", sample(standard, "301"));
        workspace.inbox("invalid.xml", withIdentificatie(sample(standard, "301"), "T-914")
                .replaceFirst("(:Geslacht>)\\d<", "$17<"));
        workspace.outgoing("start.xml", sample(standard, "305"));
        workspace.outgoing("start-unknown.xml", withIdentificatie(sample(standard, "305"), "T-915")
                .replace("ToewijzingNummer>1001<", "ToewijzingNummer>4242<"));
        // when
        assertThat(workspace.process().exitCode()).isZero();
        // then
        String bsn = bsnOf(standard);
        List<Path> written = new ArrayList<>();
        for (String folder : List.of("reports", "rejected", "outgoing-rejected")) {
            try (Stream<Path> files = Files.walk(workspace.data().resolve(folder))) {
                files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".xml")).forEach(written::add);
            }
        }
        assertThat(written).hasSizeGreaterThanOrEqualTo(4);
        for (Path file : written) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain(bsn);
        }
        try (Connection connection = connect(workspace)) {
            assertThat(databaseValues(connection)).noneMatch(value -> value.contains(bsn));
        }
    }

    /** A connection to the workspace's database (H2 here; the PostgreSQL integration tests override it). */
    Connection connect(TestWorkspace workspace) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + workspace.data().resolve("db").resolve("berichtenbatch"),
                "sa", "");
    }

    /** Every value of every column of every table of a database. */
    private static List<String> databaseValues(Connection connection) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables "
                    + "where lower(table_schema) = 'public' and lower(table_type) in ('base table', 'table')")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).map(String::toUpperCase).contains("AUDIT_EVENT", "RUN_FILE", "DELIVERY", "ALLOCATION");
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("select * from \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object value = rs.getObject(i);
                            if (value instanceof byte[] bytes) {
                                values.add(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                            } else if (value != null) {
                                values.add(value.toString());
                            }
                        }
                    }
                }
            }
        }
        return values;
    }
}
