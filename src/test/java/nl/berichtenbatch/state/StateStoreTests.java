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
    private static final long ALLOCATION = 42;

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

    @Test
    void aDebitCountsAsCreditedOnlyByAnApprovedCreditOfAnEffectiveDeclarationOfThePair() {
        // given four debits on one allocation, credited by: an approved credit of the pair; a credit that its 325
        // rejected; a credit of a declaration the partner rejected; a credit of another aanbieder
        declare(PAIR, "2026-01-01", true, debit("R-1"), debit("R-2"), debit("R-3"), debit("R-4"));
        declare(PAIR, "2026-02-01", true, credit("C-1", "R-1", true), credit("C-2", "R-2", false));
        declare(PAIR, "2026-03-01", false, credit("C-3", "R-3", true));
        declare(OTHER_AANBIEDER, "2026-03-01", true, credit("C-4", "R-4", true));
        // when / then
        assertThat(state.approvedUncreditedDebits(PAIR, ALLOCATION)).extracting(Prestatie::referentieNummer)
                .containsExactly("R-2", "R-3", "R-4");
        assertThat(state.approvedCreditExists(PAIR, "R-1")).isTrue();
        assertThat(state.approvedCreditExists(PAIR, "R-2")).isFalse();
        assertThat(state.approvedCreditExists(PAIR, "R-3")).isFalse();
        assertThat(state.approvedCreditExists(PAIR, "R-4")).isFalse();
        assertThat(state.approvedCreditExists(OTHER_AANBIEDER, "R-4")).isTrue();
    }

    private static Prestatie debit(String referentie) {
        return prestatie(referentie, null, Prestatie.DEBIT, true);
    }

    private static Prestatie credit(String referentie, String vorigReferentie, boolean approved) {
        return prestatie(referentie, vorigReferentie, Prestatie.CREDIT, approved);
    }

    private static Prestatie prestatie(String referentie, String vorigReferentie, String debetCredit,
            boolean approved) {
        LocalDate begin = LocalDate.parse("2026-01-01");
        return new Prestatie("client", referentie, vorigReferentie, ALLOCATION, "45", "45A04", begin,
                begin.plusDays(30), 1, "04", 1000L, 1000, debetCredit, approved);
    }

    private void declare(Scope scope, String periodeBegin, boolean effective, Prestatie... prestaties) {
        messages++;
        long id = state.recordMessage(new MessageRecord(1, null, "IN",
                new MessageKind(scope.standard(), "3.2", MessageType.DECLARATIE), scope.aanbieder(), scope.gemeente(),
                scope, "D-" + messages, LocalDate.parse(periodeBegin), "%064d".formatted(messages), "d" + messages
                        + ".xml", "ACCEPTED", true));
        LocalDate begin = LocalDate.parse(periodeBegin);
        state.recordDeclaration(id, scope, new Declaration("N-" + messages, begin, begin.plusMonths(1).minusDays(1),
                100, "D", List.of(prestaties)));
        if (!effective) {
            state.markRejectedByPartner(id);
        }
    }
}
