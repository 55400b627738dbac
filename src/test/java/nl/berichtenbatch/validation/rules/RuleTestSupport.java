package nl.berichtenbatch.validation.rules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.SchemaCatalog;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.state.Delivery;
import nl.berichtenbatch.state.Extract;
import nl.berichtenbatch.state.MessageRecord;
import nl.berichtenbatch.state.Scope;
import nl.berichtenbatch.state.StateStore;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;

/**
 * What rule tests share: reading a message fixture (it must pass level 1), a real state store on an in-memory H2
 * database with the product's migrations, and contexts to check a rule in. Clients are known by their BSN here.
 */
public final class RuleTestSupport {

    public static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 23);
    private static final MessageReader reader = new MessageReader(SchemaCatalog.bundled(), 26_214_400);

    private RuleTestSupport() {
    }

    /** A message that must pass level 1 (a fixture that does not is a broken test). */
    public static MessageRead read(String xml) {
        MessageRead read = reader.check(Path.of("fixture.xml"), xml.getBytes(StandardCharsets.UTF_8));
        if (!read.isValid()) {
            throw new AssertionError("the fixture does not pass level 1: " + read.findings());
        }
        return read;
    }

    /** The state tables, children first. */
    private static final List<String> STATE_TABLES = List.of("prestatie", "declaration", "answer", "request",
            "allocation", "delivery", "message_record");
    private static JdbcDataSource shared;

    /**
     * An empty state store: one in-memory database with the migrations per test run, emptied for each call (migrating
     * a database per test costs half a second). A test uses one state at a time.
     */
    public static synchronized StateStore freshState() {
        if (shared == null) {
            shared = freshDatabase();
        }
        JdbcClient jdbc = JdbcClient.create(shared);
        STATE_TABLES.forEach(table -> jdbc.sql("delete from " + table).update());
        return new StateStore(jdbc, java.time.Clock.systemUTC());
    }

    public static JdbcDataSource freshDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:rules-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        return dataSource;
    }

    public static RuleContext context(MessageRead message, StateStore state) {
        return context(message, state, RUN_DATE);
    }

    public static RuleContext context(MessageRead message, StateStore state, LocalDate runDate) {
        return new RuleContext(message, Scope.of(message.kind(), message.header()), state, bsn -> bsn, runDate);
    }

    public static List<Finding> check(Rule rule, MessageRead message, StateStore state) {
        return rule.check(context(message, state));
    }

    /** Records an earlier, accepted message of the scope and returns its id (for allocations and deliveries). */
    public static long earlierMessage(StateStore state, MessageKind kind, Scope scope, String identificatie) {
        return state.recordMessage(new MessageRecord(1, null, "IN", kind, scope.aanbieder(), scope.gemeente(), scope,
                identificatie, LocalDate.of(2026, 1, 1), "0".repeat(64), "earlier.xml", "ACCEPTED", true));
    }

    public static void allocation(StateStore state, Scope scope, Allocation allocation) {
        long id = earlierMessage(state, new MessageKind(scope.standard(), "3.2",
                MessageType.TOEWIJZING), scope, "A-" + UUID.randomUUID().toString().substring(0, 8));
        state.recordAllocations(id, scope, List.of(allocation));
    }

    public static void deliveries(StateStore state, Scope scope, String client, Delivery... deliveries) {
        long id = earlierMessage(state, new MessageKind(scope.standard(), "3.2",
                deliveries[0].kind() == Delivery.Kind.START ? MessageType.START
                        : MessageType.STOP), scope,
                "D-" + UUID.randomUUID().toString().substring(0, 8));
        state.recordDeliveries(id, scope, client, List.of(deliveries));
    }

    /**
     * Records an earlier message as accepted (received by us, or sent by us and not rejected) and applies it to the
     * state as the processor does; a 323 with every prestatie approved. Returns the message's id.
     */
    public static long accepted(StateStore state, String xml) {
        MessageRead read = read(xml);
        Scope scope = Scope.of(read.kind(), read.header());
        long id = state.recordMessage(new MessageRecord(1, null, "IN", read.kind(), read.header().afzender(),
                read.header().ontvanger(), scope, read.header().identificatie(),
                LocalDate.parse(read.header().dagtekening()), "0".repeat(64), "earlier.xml", "ACCEPTED", true,
                read.root().valueOrNull("Header/XsdVersie/BasisschemaXsdVersie"),
                read.root().valueOrNull("Header/XsdVersie/BerichtXsdVersie")));
        if (read.kind().type() == MessageType.DECLARATIE) {
            Set<String> all = new HashSet<>();
            read.root().all("Declaratie/Clienten/Client/Prestaties/Prestatie").forEach(p -> all.add(p.path()));
            state.recordDeclaration(id, scope, Extract.declaration(read.root(), bsn -> bsn, all));
        } else {
            state.apply(id, read.kind().type(), scope, read.root(), bsn -> bsn);
        }
        return id;
    }

    /** Checks a rule on a message given as XML, against the state, on the test run date. */
    public static List<Finding> check(Rule rule, String xml, StateStore state) {
        return rule.check(context(read(xml), state));
    }

    /** The retour codes a rule's findings give, in order. */
    public static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::retourcode).toList();
    }

    /** A simple allocation of a client: product 45/45A01 from 2026-03-01 to 2027-08-31. */
    public static Allocation allocation(String client, long toewijzingNummer) {
        return new Allocation(client, toewijzingNummer, null, "45", "45A01", LocalDate.of(2026, 2, 20), "10:00:00",
                LocalDate.of(2026, 3, 1), LocalDate.of(2027, 8, 31), null, 2L, "04", "2", null);
    }
}
