package nl.berichtenbatch.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.Standard;

/** Look-ups of the store against a real H2 database. */
class StateStoreTests {

    private static final Scope PAIR = new Scope(Standard.IJW, "0344", "12345678");
    private static final Scope OTHER_AANBIEDER = new Scope(Standard.IJW, "0344", "87654321");

    @TempDir
    Path dir;

    private SingleConnectionDataSource dataSource;
    private StateStore state;
    private int messages;

    @BeforeEach
    void migrateAFreshDatabase() {
        dataSource = new SingleConnectionDataSource("jdbc:h2:file:" + dir.resolve("state"), "sa", "", true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        state = new StateStore(JdbcClient.create(dataSource), Clock.systemUTC());
    }

    @AfterEach
    void closeTheDatabase() {
        dataSource.destroy();
    }

    @Test
    void theLatestDeclarationPeriodIsThatOfTheLatestEffectiveDeclarationOfThePair() {
        // given declarations of the pair in a mixed order, a later one that the partner rejected, and a later one of
        // another aanbieder
        declare(PAIR, "2026-03-01", true);
        declare(PAIR, "2026-01-01", true);
        declare(PAIR, "2026-02-01", true);
        declare(PAIR, "2026-05-01", false);
        declare(OTHER_AANBIEDER, "2026-07-01", true);
        // when / then
        assertThat(state.latestDeclarationPeriod(PAIR)).contains(LocalDate.parse("2026-03-01"));
        assertThat(state.latestDeclarationPeriod(OTHER_AANBIEDER)).contains(LocalDate.parse("2026-07-01"));
        assertThat(state.latestDeclarationPeriod(new Scope(Standard.IWMO, "0344", "12345678"))).isEmpty();
    }

    private void declare(Scope scope, String periodeBegin, boolean effective) {
        messages++;
        long id = state.recordMessage(new MessageRecord(1, null, "IN",
                new MessageKind(scope.standard(), "3.2", MessageType.DECLARATIE), scope.aanbieder(), scope.gemeente(),
                scope, "D-" + messages, LocalDate.parse(periodeBegin), "%064d".formatted(messages), "d" + messages
                        + ".xml", "ACCEPTED", true));
        LocalDate begin = LocalDate.parse(periodeBegin);
        state.recordDeclaration(id, scope, new Declaration("N-" + messages, begin, begin.plusMonths(1).minusDays(1),
                100, "D", List.of()));
        if (!effective) {
            state.markRejectedByPartner(id);
        }
    }
}
