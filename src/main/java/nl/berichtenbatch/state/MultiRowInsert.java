package nl.berichtenbatch.state;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts many rows with few statements: {@code insert into t (a, b) values (?, ?), (?, ?), …}, up to a number of
 * rows per statement. For the tables a run writes a row per file or event (run files, audit events, planned outputs):
 * a statement costs the database far more than a row.
 *
 * @param <T> what one row is made from
 */
public final class MultiRowInsert<T> {

    private final String head;
    private final String row;
    private final int rowsPerStatement;
    private final BiConsumer<T, List<Object>> params;

    /**
     * @param table   the table and its columns, e.g. {@code run_file (run_id, seq, state)}
     * @param row     one row's values, e.g. {@code (?, ?, 'CLAIMED')}
     * @param params  adds one row's parameters, in the order of the row's placeholders (a null as a typed
     *                {@code SqlParameterValue})
     */
    public MultiRowInsert(String table, String row, int rowsPerStatement, BiConsumer<T, List<Object>> params) {
        this.head = "insert into " + table + " values ";
        this.row = row;
        this.rowsPerStatement = rowsPerStatement;
        this.params = params;
    }

    /** Inserts the rows in their order. */
    public void insert(JdbcClient jdbc, List<? extends T> rows) {
        for (int from = 0; from < rows.size(); from += rowsPerStatement) {
            List<? extends T> part = rows.subList(from, Math.min(rows.size(), from + rowsPerStatement));
            StringBuilder sql = new StringBuilder(head.length() + part.size() * (row.length() + 2)).append(head);
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(row);
                params.accept(part.get(i), values);
            }
            jdbc.sql(sql.toString()).params(values).update();
        }
    }
}
