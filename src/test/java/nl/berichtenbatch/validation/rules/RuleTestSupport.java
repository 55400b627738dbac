package nl.berichtenbatch.validation.rules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.message.SchemaCatalog;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.state.Delivery;
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

    /** An empty state store on a fresh in-memory database. */
    public static StateStore freshState() {
        return new StateStore(JdbcClient.create(freshDatabase()), java.time.Clock.systemUTC());
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
                nl.berichtenbatch.message.MessageType.TOEWIJZING), scope, "A-" + UUID.randomUUID().toString().substring(0, 8));
        state.recordAllocations(id, scope, List.of(allocation));
    }

    public static void deliveries(StateStore state, Scope scope, String client, Delivery... deliveries) {
        long id = earlierMessage(state, new MessageKind(scope.standard(), "3.2",
                deliveries[0].kind() == Delivery.Kind.START ? nl.berichtenbatch.message.MessageType.START
                        : nl.berichtenbatch.message.MessageType.STOP), scope,
                "D-" + UUID.randomUUID().toString().substring(0, 8));
        state.recordDeliveries(id, scope, client, List.of(deliveries));
    }

    /** A simple allocation of a client: product 45/45A01 from 2026-03-01 to 2027-08-31. */
    public static Allocation allocation(String client, long toewijzingNummer) {
        return new Allocation(client, toewijzingNummer, null, "45", "45A01", LocalDate.of(2026, 2, 20), "10:00:00",
                LocalDate.of(2026, 3, 1), LocalDate.of(2027, 8, 31), null, 2L, "04", "2", null);
    }
}
