package nl.berichtenbatch.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class FileClaimerTests {

    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    @TempDir
    Path dir;

    private JdbcClient sql;
    private RunFiles runFiles;
    private Workspace workspace;
    private long run;

    @BeforeEach
    void migrateAFreshDatabase() {
        sql = JdbcClient.create(MigratedH2.fresh("claimer"));
        run = MigratedH2.startedRun(sql);
        workspace = new Workspace(dir.resolve("data")).create();
        runFiles = new RunFiles(sql, workspace);
    }

    @AfterEach
    void dropTheDatabase() {
        sql.sql("SHUTDOWN").update();
    }

    @Test
    void registersInArrivalOrderWhenTheSortGoesThroughTemporaryFiles() throws IOException {
        // given 300 files in inbox/ and outgoing/, arriving in an order that is neither the name order nor the folder
        // order, some at the same moment (then the name decides), one name in both folders at the same moment
        List<String> expected = dropShuffled(300, 1);
        // when they are claimed with at most 7 sorted in memory at a time (43 runs merged from disk)
        FileClaimer.Claim claim = new FileClaimer(workspace, runFiles, Clock.fixed(NOW, ZoneOffset.UTC), 0, 7)
                .claim(run);
        // then every file is registered once, in arrival order, as a sort in memory has it
        assertThat(claim.claimed()).isEqualTo(expected.size());
        assertThat(registered()).containsExactlyElementsOf(expected);
        assertThat(files(workspace.inbox())).isEmpty();
        assertThat(files(workspace.outgoing())).isEmpty();
    }

    @Test
    void theOrderIsTheSameSortedInMemory() throws IOException {
        List<String> expected = dropShuffled(300, 1);
        new FileClaimer(workspace, runFiles, Clock.fixed(NOW, ZoneOffset.UTC), 0).claim(run);
        assertThat(registered()).containsExactlyElementsOf(expected);
    }

    @Test
    void theSortLeavesNoTemporaryFileBehind() throws IOException {
        // given a sort of 25 files with 4 in memory at a time
        FileClaimer.ArrivalOrder order = new FileClaimer.ArrivalOrder(4);
        List<RunFiles.Found> found = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            found.add(new RunFiles.Found(RunFile.INBOX, "f" + i + ".xml", NOW.minusSeconds((i * 7) % 25)));
        }
        List<Path> before = temporarySortFiles();
        found.forEach(order::add);
        // when it hands them out
        List<RunFiles.Found> sorted = new ArrayList<>();
        order.forEachInOrder(sorted::add);
        int spilled = order.spilled();
        order.close();
        // then in order, after runs on disk that are gone once it is closed
        assertThat(spilled).isEqualTo(7);
        assertThat(sorted).isSortedAccordingTo(FileClaimer.ArrivalOrder.ORDER).hasSize(25)
                .containsExactlyInAnyOrderElementsOf(found);
        assertThat(temporarySortFiles()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void hasWorkWhenEitherFolderHoldsAnXmlFile() throws IOException {
        FileClaimer claimer = new FileClaimer(workspace, runFiles, Clock.fixed(NOW, ZoneOffset.UTC), 0);
        // nothing, or only files that are not claimed
        assertThat(claimer.hasWork()).isFalse();
        Files.writeString(workspace.inbox().resolve("notes.txt"), "x");
        Files.writeString(workspace.inbox().resolve(".hidden.xml"), "x");
        assertThat(claimer.hasWork()).isFalse();
        // an .xml file in inbox/, also when outgoing/ holds something else
        Files.writeString(workspace.outgoing().resolve("readme.txt"), "x");
        Path message = Files.writeString(workspace.inbox().resolve("start.XML"), "<x/>");
        assertThat(claimer.hasWork()).isTrue();
        // or in outgoing/ only
        Files.delete(message);
        Files.writeString(workspace.outgoing().resolve("toewijzing.xml"), "<x/>");
        assertThat(claimer.hasWork()).isTrue();
    }

    /** Drops files with shuffled modification times; returns "folder/name" in arrival order. */
    private List<String> dropShuffled(int count, long seed) throws IOException {
        List<Integer> moments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            moments.add(i / 3);  // three files per moment
        }
        Collections.shuffle(moments, new Random(seed));
        record Dropped(int moment, String name, int folder) {
        }
        List<Dropped> dropped = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = String.format("m-%03d.xml", (i * 37) % count);
            int folder = i % 2;
            dropped.add(new Dropped(moments.get(i), name, folder));
        }
        // the same name in both folders at the same moment: inbox/ first
        dropped.add(new Dropped(5, "both.xml", 1));
        dropped.add(new Dropped(5, "both.xml", 0));
        for (Dropped d : dropped) {
            Path folder = d.folder() == 0 ? workspace.inbox() : workspace.outgoing();
            Path file = Files.writeString(folder.resolve(d.name()), "<x/>");
            Files.setLastModifiedTime(file, FileTime.from(NOW.minusSeconds(3600).plusSeconds(d.moment())));
        }
        return dropped.stream()
                .sorted(java.util.Comparator.comparingInt(Dropped::moment).thenComparing(Dropped::name)
                        .thenComparingInt(Dropped::folder))
                .map(d -> (d.folder() == 0 ? RunFile.INBOX : RunFile.OUTGOING) + "/" + d.name())
                .toList();
    }

    private List<String> registered() {
        return runFiles.claimed(run, 0, 10_000).stream().map(f -> f.folder() + "/" + f.name()).toList();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static List<Path> temporarySortFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("berichtenbatch-claim-")).toList();
        }
    }
}
