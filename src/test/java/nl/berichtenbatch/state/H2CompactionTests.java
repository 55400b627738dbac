package nl.berichtenbatch.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Compacting a sparse H2 file after a run, on real H2 files. */
class H2CompactionTests {

    private static final long ONE_MB = 1L << 20;

    @TempDir
    Path dir;

    @Test
    void aSparseFileIsRewrittenSmallerWithEveryRowKept() throws Exception {
        // given a database whose rows were rewritten and mostly deleted, as a run's work files and outputs are
        Path file = dir.resolve("db.mv.db");
        SingleConnectionDataSource dataSource = open();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("create table t (id bigint primary key, payload varchar)").update();
        jdbc.sql("insert into t select x, repeat('a', 1000) from system_range(1, 20000)").update();
        jdbc.sql("update t set payload = repeat('b', 1000)").update();
        jdbc.sql("delete from t where mod(id, 10) <> 0").update();
        // when asked while the database is open, and carried out once it is closed
        Optional<H2Compaction> compaction = H2Compaction.whenSparse(dataSource, "sa", "", ONE_MB);
        dataSource.destroy();
        long before = Files.size(file);
        assertThat(compaction).isPresent();
        String line = compaction.get().compact();
        // then the file is smaller and holds the same rows
        long after = Files.size(file);
        assertThat(after).isLessThan(before / 2);
        assertThat(line).startsWith("Database compacted: ").contains(" MB -> ").contains(file.toString());
        SingleConnectionDataSource reopened = open();
        assertThat(JdbcClient.create(reopened).sql("select count(*), min(payload) from t")
                .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2)).single())
                .isEqualTo("2000 " + "b".repeat(1000));
        reopened.destroy();
    }

    @Test
    void aFileThatIsFullOrSmallIsLeftAsItIs() throws Exception {
        // given a database written once, without rewrites
        SingleConnectionDataSource dataSource = open();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("create table t (id bigint primary key, payload varchar)").update();
        jdbc.sql("insert into t select x, repeat('a', 1000) from system_range(1, 5000)").update();
        // when / then: full enough at any size, and too small under the product's 64 MB
        assertThat(H2Compaction.whenSparse(dataSource, "sa", "", ONE_MB)).isEmpty();
        jdbc.sql("delete from t where mod(id, 10) <> 0").update();
        assertThat(H2Compaction.whenSparse(dataSource, "sa", "")).isEmpty();
        dataSource.destroy();
    }

    @Test
    void aDatabaseInMemoryIsLeftAlone() {
        SingleConnectionDataSource memory = new SingleConnectionDataSource("jdbc:h2:mem:compaction", "sa", "", true);
        assertThat(H2Compaction.whenSparse(memory, "sa", "", 0)).isEmpty();
        memory.destroy();
    }

    private SingleConnectionDataSource open() {
        return new SingleConnectionDataSource("jdbc:h2:file:" + dir.resolve("db"), "sa", "", true);
    }
}
