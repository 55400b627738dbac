package nl.berichtenbatch.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.Standard;
import nl.berichtenbatch.state.Scope;

class ContractTableTests {

    private static final Scope IJW = new Scope(Standard.IJW, "0384", "42420001");
    private static final Scope IWMO = new Scope(Standard.IWMO, "0384", "42420001");
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    private static Contract row(String code, String eenheid, Long tarief, String from, String to, int line) {
        return new Contract("0384", "42420001", "45", code, eenheid.equals("83") ? Variant.OUTPUTGERICHT
                : Variant.INSPANNINGSGERICHT, eenheid, tarief, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), line);
    }

    private final Contract wholeCategory = row(null, "16", 4000L, "2026-01-01", null, 2);
    private final Contract a04 = row("45A04", "04", 6500L, "2026-01-01", "2026-12-31", 3);
    private final Contract a04Next = row("45A04", "04", 6700L, "2027-01-01", null, 4);
    private final Contract a05 = row("45A05", "83", null, "2026-01-01", null, 5);
    private final ContractTable table = new ContractTable(List.of(wholeCategory, a04, a04Next, a05));

    @Test
    void aRowNamingTheProductBeatsTheWholeCategory() {
        assertThat(table.contract(IJW, "45", "45A04", JAN_1)).contains(a04);
        assertThat(table.contract(IJW, "45", "45A09", JAN_1)).contains(wholeCategory);
        assertThat(table.contract(IJW, "45", null, JAN_1)).contains(wholeCategory);
        assertThat(table.contract(IJW, "46", "46A04", JAN_1)).isEmpty();
    }

    @Test
    void unitsFollowTheSamePrecedence() {
        assertThat(table.units(IJW, "45", "45A04", JAN_1)).containsExactly("01", "04");
        assertThat(table.units(IJW, "45", "45A09", JAN_1)).containsExactly("16");
        assertThat(table.units(IJW, "45", null, JAN_1)).containsExactly("01", "04", "16", "83");
    }

    @Test
    void datesCountInclusivelyAtBothEnds() {
        assertThat(table.tariff(IJW, "45", "45A04", JAN_1.minusDays(1))).isEmpty();
        assertThat(table.tariff(IJW, "45", "45A04", JAN_1)).contains(new Tariff("04", 6500));
        assertThat(table.tariff(IJW, "45", "45A04", DEC_31)).contains(new Tariff("04", 6500));
        assertThat(table.tariff(IJW, "45", "45A04", DEC_31.plusDays(1))).contains(new Tariff("04", 6700));
        assertThat(table.tariff(IJW, "45", "45A04", LocalDate.of(2099, 1, 1))).contains(new Tariff("04", 6700));
    }

    @Test
    void validListsTheRowsOfThePairInFileOrder() {
        assertThat(table.valid(IJW, JAN_1)).containsExactly(wholeCategory, a04, a05);
        assertThat(table.valid(IJW, LocalDate.of(2027, 6, 1))).containsExactly(wholeCategory, a04Next, a05);
        assertThat(table.rows()).containsExactly(wholeCategory, a04, a04Next, a05);
    }

    @Test
    void aRowCoversBothStandards() {
        assertThat(table.valid(IWMO, JAN_1)).isEqualTo(table.valid(IJW, JAN_1));
    }

    @Test
    void anotherPairSeesNothing() {
        assertThat(table.valid(new Scope(Standard.IJW, "0363", "42420001"), JAN_1)).isEmpty();
        assertThat(table.valid(new Scope(Standard.IJW, "0384", "42420002"), JAN_1)).isEmpty();
        assertThat(table.units(new Scope(Standard.IJW, "0384", "42420002"), "45", "45A04", JAN_1)).isEmpty();
        assertThat(table.configured()).isTrue();
    }

    @Test
    void eurosHaveNoTariff() {
        assertThat(table.contract(IJW, "45", "45A05", JAN_1)).contains(a05);
        assertThat(table.tariff(IJW, "45", "45A05", JAN_1)).isEmpty();
    }
}
