package nl.berichtenbatch.state;

import static nl.berichtenbatch.message.TestBerichten.aanvraag;
import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.levering;
import static nl.berichtenbatch.message.TestBerichten.prestatie;
import static nl.berichtenbatch.message.TestBerichten.teWijzigen;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.message.SchemaCatalog;
import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleEngine;
import nl.berichtenbatch.validation.rules.RuleCatalogue;
import nl.berichtenbatch.validation.rules.RuleTestSupport;

/**
 * Levels 2-4 on five messages (301, 305, 317, 319, 323) against a small history, and again after one million
 * allocations and 200,000 requests of other clients were added: the time per message must not grow (the look-ups are
 * indexed). About two minutes, so only on request:
 * {@code mvn test -Dtest=StateGrowthBenchmarkTests -Dberichtenbatch.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "berichtenbatch.benchmark", matches = "true")
class StateGrowthBenchmarkTests {

    private static final String BSN = "999900006";

    @TempDir
    Path dir;

    @Test
    void timePerMessageStaysFlatWithAMillionAllocations() throws IOException {
        // given an H2 file database with the migrations and a small, real history
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                "jdbc:h2:file:" + dir.resolve("state"), "sa", "", true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        StateStore state = new StateStore(jdbc, java.time.Clock.systemUTC());
        TestBerichten m = TestBerichten.ijw();
        RuleTestSupport.accepted(state, m.toewijzing("2026-01-01", BSN, toegewezen(1).product("45", "45A04")
                .periode("2026-01-01", "2027-12-31").omvang(3, "04", "2")));
        RuleTestSupport.accepted(state, m.verzoekOmToewijzing("2026-01-02", BSN, aanvraag("R1")));
        RuleTestSupport.accepted(state, m.declaratie("2026-02-05", "DN1", "2026-01", client(BSN,
                prestatie("RN1", 1).product("45", "45A04").periode("2026-01-01", "2026-01-31").geleverd(10, "04", 6500L))));
        List<MessageRead> messages = messages(m);
        RuleEngine engine = new RuleEngine(RuleCatalogue.all());
        // when
        double empty = millisPerMessage(engine, messages, state, 300);
        long messageId = jdbc.sql("select max(id) from message_record").query(Long.class).single();
        jdbc.sql("""
                insert into allocation (message_id, standard, gemeente, aanbieder, client, toewijzing_nummer,
                  referentie_aanbieder, categorie, product_code, toewijzingsdatum, toewijzingstijd, ingangsdatum, einddatum,
                  reden_wijziging, volume, eenheid, frequentie, budget)
                select ?, 'ijw', '0384', '42420001', 'client-' || x, 1000000 + x,
                  case when mod(x, 10) = 0 then 'R' || x else null end, '45', '45A04', date '2025-01-01', '10:00:00',
                  date '2025-01-01', date '2025-12-31', null, 3, '04', '2', null
                from system_range(1, 1000000)""").param(messageId).update();
        jdbc.sql("""
                insert into request (message_id, standard, gemeente, aanbieder, client, kind, referentie_aanbieder)
                select ?, 'ijw', '0384', '42420001', 'client-' || x, '315', 'R' || x from system_range(1, 200000)""")
                .param(messageId).update();
        jdbc.sql("analyze").update();
        double full = millisPerMessage(engine, messages, state, 100);
        // then
        String result = String.format("%.2f ms per message with an empty store, %.2f ms with 1,000,000 allocations",
                empty, full);
        System.out.println(result);
        Files.writeString(Path.of("target", "state-growth-benchmark.txt"), result + System.lineSeparator());
        assertThat(full).as(result).isLessThanOrEqualTo(1.5 * empty);
    }

    private static List<MessageRead> messages(TestBerichten m) {
        MessageReader reader = new MessageReader(SchemaCatalog.bundled(), 26_214_400);
        return List.of(
                m.toewijzing("2026-03-01", BSN, toegewezen(1).product("45", "45A04").periode("2026-01-01", "2027-12-31")
                        .omvang(3, "04", "2").reden("04").toegewezenOp("2026-03-01", "10:00:00")),
                m.start("2026-03-02", BSN, levering(1L).product("45", "45A04").begin("2026-01-05")),
                m.verzoekOmWijziging("2026-03-03", BSN, "W1", teWijzigen(1, "2026-01-01").eind("2027-12-31")
                        .omvang(3, "04", "2")),
                m.antwoord("2026-03-03", "R1", "1", "4", null),
                m.declaratie("2026-03-05", "DN2", "2026-02", client(BSN, prestatie("RN2", 1).product("45", "45A04")
                        .periode("2026-02-01", "2026-02-28").geleverd(10, "04", 6500L))))
                .stream().map(xml -> reader.check(Path.of("bench.xml"), xml.getBytes(StandardCharsets.UTF_8))).toList();
    }

    /** The best of five rounds after a warm-up: a shared machine's noise only ever adds time. */
    private static double millisPerMessage(RuleEngine engine, List<MessageRead> messages, StateStore state,
            int warmUp) {
        for (int i = 0; i < warmUp; i++) {
            messages.forEach(message -> engine.assess(context(message, state)));
        }
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            int repeats = 50;
            long start = System.nanoTime();
            for (int i = 0; i < repeats; i++) {
                messages.forEach(message -> engine.assess(context(message, state)));
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e6 / (repeats * messages.size()));
        }
        return best;
    }

    private static RuleContext context(MessageRead message, StateStore state) {
        return new RuleContext(message, Scope.of(message.kind(), message.header()), state, bsn -> bsn,
                LocalDate.of(2026, 11, 23));
    }
}
