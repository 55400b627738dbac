package nl.berichtenbatch.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.Standard;

/**
 * Every look-up of the history reads a few rows, however long the history: on a store with years of messages between
 * one gemeente and aanbieder, each statement a look-up runs is explained by H2 ({@code EXPLAIN ANALYZE}, with the
 * statement's own parameters) and the rows it scanned are counted. A statement that the database answers by reading
 * the pair's history instead of an index fails here, as the credit look-ups once did (they read every prestatie the
 * pair ever declared, because H2 judged the index on the mostly empty VorigReferentieNummer poor).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StateLookUpScalingTests {

    /** Rows a look-up may scan: a client's or a number's few versions, never the pair's thousands. */
    private static final int FEW_ROWS = 60;
    private static final Scope PAIR = new Scope(Standard.IJW, "0344", "12345678");
    /** The size of the seeded history of the pair: clients, allocations, starts, requests, declarations of ten. */
    private static final int CLIENTS = 5_000;
    private static final int DECLARATIONS = 1_000;
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    private SingleConnectionDataSource dataSource;
    private final List<Prepared> prepared = new ArrayList<>();
    private History history;

    @BeforeAll
    void seedALongHistoryOfOnePair(@TempDir Path dir) {
        dataSource = new SingleConnectionDataSource("jdbc:h2:file:" + dir.resolve("state"), "sa", "", true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        // a message per client (a 323 from the aanbieder every third, one in fifty rejected), the client's allocation,
        // start, request and answer;
        // a tenth of the allocations honour a request; declarations of ten prestaties with a credit now and then
        jdbc.sql("""
                insert into message_record (run_id, direction, standard, std_release, message_type, sender, receiver,
                  gemeente, aanbieder, identificatie, dagtekening, sha256, file_name, outcome, effective, recorded_at)
                select 1, 'IN', 'ijw', '3.2', case when mod(x, 3) = 0 then '323' else '301' end,
                  case when mod(x, 3) = 0 then '12345678' else '0344' end, '12345678',
                  '0344', '12345678', 'ID-' || x, date '2025-01-01', repeat('0', 64), 'm' || x || '.xml',
                  'ACCEPTED', mod(x, 50) <> 0, current_timestamp
                from system_range(1, ?)""").param(CLIENTS).update();
        jdbc.sql("""
                insert into allocation (message_id, standard, gemeente, aanbieder, client, toewijzing_nummer,
                  referentie_aanbieder, categorie, product_code, toewijzingsdatum, toewijzingstijd, ingangsdatum,
                  einddatum, volume, eenheid, frequentie)
                select x, 'ijw', '0344', '12345678', 'client-' || x, 1000000 + x,
                  case when mod(x, 10) = 0 then 'REF-' || x end, '45', '45A04', date '2025-01-01', '10:00:00',
                  date '2025-01-01', date '2025-12-31', 3, '04', '2'
                from system_range(1, ?)""").param(CLIENTS).update();
        jdbc.sql("""
                insert into delivery (message_id, standard, gemeente, aanbieder, client, kind, toewijzing_nummer,
                  categorie, product_code, begindatum, status, live, pos)
                select x, 'ijw', '0344', '12345678', 'client-' || x, 'START', 1000000 + x, '45', '45A04',
                  date '2025-02-01', '1', true, 1
                from system_range(1, ?)""").param(CLIENTS).update();
        jdbc.sql("""
                insert into request (message_id, standard, gemeente, aanbieder, client, kind, referentie_aanbieder)
                select x, 'ijw', '0344', '12345678', 'client-' || x, '315', 'REF-' || x
                from system_range(1, ?)""").param(CLIENTS).update();
        jdbc.sql("""
                insert into answer (message_id, standard, gemeente, aanbieder, referentie_aanbieder, verzoek_antwoord)
                select x, 'ijw', '0344', '12345678', 'REF-' || x, case when mod(x, 4) = 0 then '1' else '2' end
                from system_range(1, ?)""").param(CLIENTS).update();
        jdbc.sql("""
                insert into declaration (message_id, standard, gemeente, aanbieder, declaratie_nummer, periode_begin,
                  periode_eind, totaal_bedrag, debet_credit)
                select x, 'ijw', '0344', '12345678', 'DECL-' || x, dateadd(month, -mod(x, 24), date '2024-12-01'),
                  dateadd(day, -1, dateadd(month, 1 - mod(x, 24), date '2024-12-01')), 10000, 'D'
                from system_range(1, ?)""").param(DECLARATIONS).update();
        jdbc.sql("""
                insert into prestatie (declaration_id, client, referentie_nummer, vorig_referentie_nummer,
                  toewijzing_nummer, categorie, product_code, periode_begin, periode_eind, volume, eenheid, tarief,
                  bedrag, debet_credit, approved)
                select d.id, 'client-' || mod(d.id * 10 + k, ?), 'P-' || d.id || '-' || k,
                  case when k = 10 and mod(d.id, 25) = 0 then 'P-' || (d.id - 1) || '-1' end,
                  1000000 + mod(d.id * 10 + k, ?), '45', '45A04', d.periode_begin, d.periode_eind, 1, '04', 1000, 1000,
                  case when k = 10 and mod(d.id, 25) = 0 then 'C' else 'D' end, true
                from declaration d cross join system_range(1, 10) r(k)""").params(CLIENTS, CLIENTS).update();
        jdbc.sql("analyze").update();
        history = new StateStore(JdbcClient.create(new SingleConnectionDataSource(recording(connection()), true)),
                Clock.systemUTC());
    }

    @AfterAll
    void closeTheDatabase() {
        dataSource.destroy();
    }

    Stream<Named<Function<History, Object>>> lookUps() {
        MessageKind allocation = new MessageKind(Standard.IJW, "3.2", MessageType.TOEWIJZING);
        return Stream.of(
                Named.of("identificationUsed", h -> h.identificationUsed(allocation, "0344", "ID-77")),
                Named.of("liveDeliveries", h -> h.liveDeliveries(PAIR, "client-77", Delivery.Kind.START)),
                Named.of("currentAllocation", h -> h.currentAllocation(PAIR, 1000077)),
                Named.of("currentAllocations", h -> h.currentAllocations(PAIR, "client-77")),
                Named.of("allocationNumberUsedForAnotherClient",
                        h -> h.allocationNumberUsedForAnotherClient(PAIR, 1000077, "client-78")),
                Named.of("requestHonoured", h -> h.requestHonoured(PAIR, "REF-70")),
                Named.of("requests", h -> h.requests(PAIR, "REF-77")),
                Named.of("pendingRequests", h -> h.pendingRequests(PAIR, "client-77")),
                Named.of("answers", h -> h.answers(PAIR, "REF-77")),
                Named.of("declarationNumberUsed", h -> h.declarationNumberUsed(PAIR, "DECL-77")),
                Named.of("latestDeclarationPeriod", h -> h.latestDeclarationPeriod(PAIR)),
                Named.of("referentieNummerUsed", h -> h.referentieNummerUsed(PAIR, "P-77-3")),
                Named.of("approvedDebit", h -> h.approvedDebit(PAIR, "P-77-3")),
                Named.of("approvedUncreditedDebits", h -> h.approvedUncreditedDebits(PAIR, 1000773)),
                Named.of("approvedCreditExists", h -> h.approvedCreditExists(PAIR, "P-74-1")),
                Named.of("declaration", h -> h.declaration(PAIR, "ID-78", LocalDate.parse("2025-01-01"))));
    }

    @ParameterizedTest
    @MethodSource("lookUps")
    void aLookUpScansAFewRowsOfALongHistory(Function<History, Object> lookUp) throws SQLException {
        // given the seeded history; when
        prepared.clear();
        lookUp.apply(history);
        // then every statement it ran scanned a few rows
        assertThat(prepared).as("statements run").isNotEmpty();
        for (Prepared statement : prepared) {
            assertThat(rowsScanned(statement)).as("rows scanned by%n%s%nwith %s", statement.sql(),
                    statement.parameters().values()).isLessThanOrEqualTo(FEW_ROWS);
        }
    }

    /** The sum of the scan counts of H2's EXPLAIN ANALYZE of the statement, with its own parameters. */
    private int rowsScanned(Prepared statement) throws SQLException {
        try (PreparedStatement explain = connection().prepareStatement("explain analyze " + statement.sql())) {
            for (var parameter : statement.parameters().entrySet()) {
                explain.setObject(parameter.getKey(), parameter.getValue());
            }
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                Matcher scanCount = SCAN_COUNT.matcher(plan.getString(1));
                int rows = 0;
                while (scanCount.find()) {
                    rows += Integer.parseInt(scanCount.group(1));
                }
                return rows;
            }
        }
    }

    private Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A statement as the store prepared it: its SQL and the parameters it set, by position. */
    private record Prepared(String sql, TreeMap<Integer, Object> parameters) {
    }

    /** The connection, noting each statement prepared on it and the parameters set on that statement. */
    private Connection recording(Connection target) {
        return proxy(Connection.class, (self, method, args) -> {
            Object result = invoke(target, method, args);
            if (method.getName().equals("prepareStatement")) {
                Prepared statement = new Prepared((String) args[0], new TreeMap<>());
                prepared.add(statement);
                PreparedStatement real = (PreparedStatement) result;
                return proxy(PreparedStatement.class, (ps, m, a) -> {
                    if (m.getName().startsWith("set") && a != null && a.length >= 2 && a[0] instanceof Integer index) {
                        statement.parameters().put(index, m.getName().equals("setNull") ? null : a[1]);
                    }
                    return invoke(real, m, a);
                });
            }
            return result;
        });
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
