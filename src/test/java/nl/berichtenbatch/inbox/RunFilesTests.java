package nl.berichtenbatch.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class RunFilesTests {

    private static final int FILES = 1_234;  // more than one insert statement and more than one page of each kind

    @TempDir
    Path dir;

    private JdbcClient sql;
    private RunFiles runFiles;
    private long run;

    @BeforeEach
    void migrateAFreshDatabase() {
        sql = JdbcClient.create(MigratedH2.fresh("runfiles"));
        run = MigratedH2.startedRun(sql);
        runFiles = new RunFiles(sql, new Workspace(dir));
    }

    @AfterEach
    void dropTheDatabase() {
        sql.sql("SHUTDOWN").update();
    }

    @Test
    void registersClaimsAndReadsBackEveryFileInOrderAcrossPages() {
        // given the files of a run, registered in one go
        List<RunFiles.Found> found = IntStream.range(0, FILES)
                .mapToObj(i -> new RunFiles.Found(RunFile.INBOX, "file-" + i + ".xml", Instant.EPOCH.plusSeconds(i)))
                .toList();
        runFiles.register(run, runFiles.nextSeq(run), found);
        // when the files are read a page at a time, as the reader of the run does
        List<String> claimed = new ArrayList<>();
        int after = 0;
        for (List<RunFile> page = runFiles.claimed(run, after, 100); !page.isEmpty();
                page = runFiles.claimed(run, after, 100)) {
            page.forEach(file -> claimed.add(file.name()));
            after = page.get(page.size() - 1).seq();
        }
        // then every file comes once, in the order registered, with consecutive numbers
        assertThat(claimed).hasSize(FILES).first().isEqualTo("file-0.xml");
        assertThat(claimed).element(FILES - 1).isEqualTo("file-" + (FILES - 1) + ".xml");
        assertThat(runFiles.nextSeq(run)).isEqualTo(FILES + 1);
        // and once they are finished, their reports come back in the same order, and no file is claimed any more
        List<RunFile> all = runFiles.claimed(run, 0, FILES);
        all.forEach(file -> runFiles.finish(file.id(), null, "ACCEPTED", "{\"file\":\"" + file.name() + "\"}"));
        List<String> reports = new ArrayList<>();
        runFiles.eachReport(run, reports::add);
        assertThat(reports).hasSize(FILES).doesNotHaveDuplicates();
        assertThat(reports.get(0)).isEqualTo("{\"file\":\"file-0.xml\"}");
        assertThat(reports.get(FILES - 1)).isEqualTo("{\"file\":\"file-" + (FILES - 1) + ".xml\"}");
        assertThat(runFiles.claimed(run, 0, 100)).isEmpty();
    }

    @Test
    void aLargeReportIsKeptCompressedAndReadBackAsItWas() {
        // given a small report and the report of a declaration with a finding for each of its 20,000 clients
        runFiles.register(run, runFiles.nextSeq(run), List.of(
                new RunFiles.Found(RunFile.INBOX, "small.xml", Instant.EPOCH),
                new RunFiles.Found(RunFile.INBOX, "large.xml", Instant.EPOCH)));
        List<RunFile> files = runFiles.claimed(run, 0, 10);
        String small = "{\"file\":\"small.xml\"}";
        StringBuilder large = new StringBuilder("{\"file\":\"large.xml\",\"findings\":[");
        for (int i = 0; i < 20_000; i++) {
            large.append(i == 0 ? "" : ",").append("{\"rule\":\"TR338\",\"text\":\"No allocation ").append(i)
                    .append(" is known, \u00e9\"}");
        }
        String largeJson = large.append("]}").toString();
        // when
        runFiles.finish(files.get(0).id(), null, "ACCEPTED", small);
        runFiles.finish(files.get(1).id(), null, "REJECTED", largeJson);
        // then the large one is stored compressed, the small one as it is, and both come back unchanged
        assertThat(sql.sql("select report is null, report_gz is null from run_file order by seq")
                .query((rs, n) -> rs.getBoolean(1) + " " + rs.getBoolean(2)).list())
                .containsExactly("false true", "true false");
        assertThat(sql.sql("select octet_length(report_gz) from run_file where seq = 2").query(Long.class).single())
                .isLessThan(largeJson.length() / 10L);
        List<String> reports = new ArrayList<>();
        runFiles.eachReport(run, reports::add);
        assertThat(reports).containsExactly(small, largeJson);
    }
}
