package nl.berichtenbatch.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class OutputsTests {

    @TempDir
    Path dir;

    private JdbcDataSource dataSource;
    private JdbcClient sql;
    private Outputs outputs;

    @BeforeEach
    void migrateAFreshDatabase() {
        dataSource = MigratedH2.fresh("outputs");
        sql = JdbcClient.create(dataSource);
        outputs = new Outputs(sql);
    }

    /** Transactions on the test's database, as the application's transaction manager makes them. */
    private TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @AfterEach
    void dropTheDatabase() {
        sql.sql("SHUTDOWN").update();
    }

    @Test
    void carriesOutMorePagesThanOneInOrder() throws IOException {
        // given more planned answers than one page, three of them rewrites of the same answer
        Path outbox = dir.resolve("outbox");
        for (int i = 0; i < 1_234; i++) {
            outputs.write(1, null, outbox.resolve("answer-" + i + ".xml"), bytes("answer " + i));
        }
        for (int version = 1; version <= 3; version++) {
            outputs.write(1, null, outbox.resolve("answer-7.xml"), bytes("answer 7, version " + version));
        }
        // when
        int done = outputs.carryOut();
        // then
        assertThat(done).isEqualTo(1_237);
        try (var files = Files.list(outbox)) {
            assertThat(files.filter(f -> !f.getFileName().toString().startsWith("."))).hasSize(1_234);
        }
        assertThat(Files.readString(outbox.resolve("answer-1233.xml"))).isEqualTo("answer 1233");
        assertThat(Files.readString(outbox.resolve("answer-7.xml"))).as("the last plan wins")
                .isEqualTo("answer 7, version 3");
        assertThat(sql.sql("select count(*) from pending_output where done = false").query(Long.class).single())
                .isZero();
        assertThat(outputs.carryOut()).as("nothing is carried out twice").isZero();
    }

    @Test
    void carriesOutInTheBackgroundWhileTheCallerGoesOn() throws Exception {
        // given planned outputs of a committed chunk
        Path outbox = dir.resolve("outbox");
        for (int i = 0; i < 600; i++) {
            outputs.write(1, null, outbox.resolve("answer-" + i + ".xml"), bytes("answer " + i));
        }
        Path work = Files.createDirectories(dir.resolve("work"));
        Path file = Files.writeString(work.resolve("in.xml"), "<x/>");
        Path accepted = outputs.move(1, null, file, dir.resolve("accepted"), 1);
        // when
        outputs.carryOutSoon();
        outputs.carryOutSoon();  // a second request while one waits adds nothing
        // then: everything is carried out by the background thread, once
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (sql.sql("select count(*) from pending_output where done = false").query(Long.class).single() > 0) {
            assertThat(System.nanoTime()).as("carried out within 30 s").isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(outbox.resolve("answer-599.xml")).hasContent("answer 599");
        assertThat(accepted).hasContent("<x/>");
        assertThat(file).doesNotExist();
        assertThat(outputs.carryOut()).as("nothing left for the end of the run").isZero();
        // and a name planned again after the move is not the same target
        Path again = Files.writeString(work.resolve("in.xml"), "<y/>");
        assertThat(outputs.move(1, null, again, dir.resolve("accepted"), 2)).isNotEqualTo(accepted);
    }

    @Test
    void closingLetsTheBackgroundCarryOutFinishAndStartsNoOther() throws Exception {
        // given a background carry-out on its way
        Path outbox = dir.resolve("outbox");
        for (int i = 0; i < 600; i++) {
            outputs.write(1, null, outbox.resolve("answer-" + i + ".xml"), bytes("answer " + i));
        }
        outputs.carryOutSoon();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!hasAFile(outbox)) {  // it has started
            assertThat(System.nanoTime()).as("started within 30 s").isLessThan(deadline);
            Thread.sleep(1);
        }
        // when
        outputs.close();
        // then the carry-out that had started is finished: nothing is left half-done
        assertThat(sql.sql("select count(*) from pending_output where done = false").query(Long.class).single())
                .isZero();
        try (var files = Files.list(outbox)) {
            assertThat(files.map(f -> f.getFileName().toString())).hasSize(600).noneMatch(n -> n.startsWith("."));
        }
        // and after closing, a request is left for the next run
        outputs.write(1, null, outbox.resolve("late.xml"), bytes("late"));
        outputs.carryOutSoon();
        Thread.sleep(200);
        assertThat(outbox.resolve("late.xml")).doesNotExist();
        assertThat(sql.sql("select count(*) from pending_output where done = false").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void closingDropsABackgroundCarryOutThatWaitsForItsInterval() throws Exception {
        // given one background carry-out done, and a second one waiting for its interval
        Path outbox = dir.resolve("outbox");
        outputs.write(1, null, outbox.resolve("first.xml"), bytes("first"));
        outputs.carryOutSoon();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(outbox.resolve("first.xml"))) {
            assertThat(System.nanoTime()).as("carried out within 30 s").isLessThan(deadline);
            Thread.sleep(10);
        }
        outputs.write(1, null, outbox.resolve("second.xml"), bytes("second"));
        outputs.carryOutSoon();
        // when the process ends (the run's end carries out what is open, synchronously)
        outputs.close();
        // then closing did not wait the interval out to carry out the second: it is left for the next carry-out
        assertThat(outbox.resolve("second.xml")).doesNotExist();
        assertThat(outputs.carryOut()).isEqualTo(1);
        assertThat(outbox.resolve("second.xml")).hasContent("second");
    }

    @Test
    void plansOfATransactionAreRecordedWithItsCommitAndNotAtAllWhenItRollsBack() throws Exception {
        // given outputs planned in the transactions of a transaction manager, as in the application
        TransactionTemplate transactions = transactions();
        Path outbox = dir.resolve("outbox");
        Path work = Files.createDirectories(dir.resolve("work"));
        try (Outputs inTransactions = new Outputs(sql, transactions, () -> { })) {
            // when one transaction plans an answer and a move and commits, and another plans and rolls back
            transactions.executeWithoutResult(status -> {
                inTransactions.write(1, null, outbox.resolve("answer.xml"), bytes("answer"));
                inTransactions.move(1, null, work.resolve("in.xml"), dir.resolve("accepted"), 1);
                assertThat(sql.sql("select count(*) from pending_output").query(Long.class).single())
                        .as("kept until the commit").isZero();
            });
            transactions.executeWithoutResult(status -> {
                inTransactions.write(1, null, outbox.resolve("rolled-back.xml"), bytes("never"));
                status.setRollbackOnly();
            });
            // then the committed plans are recorded, in their order and with their content, the other not at all
            assertThat(sql.sql("select action || ' ' || target from pending_output order by id").query(String.class)
                    .list()).containsExactly("WRITE " + outbox.resolve("answer.xml"),
                            "MOVE " + dir.resolve("accepted").resolve("in.xml"));
            Files.writeString(work.resolve("in.xml"), "<x/>");
            assertThat(inTransactions.carryOut()).isEqualTo(2);
            assertThat(outbox.resolve("answer.xml")).hasContent("answer");
            assertThat(dir.resolve("accepted").resolve("in.xml")).hasContent("<x/>");
            assertThat(outbox.resolve("rolled-back.xml")).doesNotExist();
        }
    }

    @Test
    void aCarryOutOfTheRunItselfDropsTheBackgroundOneThatWaits() throws Exception {
        // given outputs marked done in the transactions of a transaction manager, as in the application
        TransactionTemplate transactions = transactions();
        try (Outputs withTransactions = new Outputs(sql, transactions, () -> { })) {
            // and one background carry-out done, and a second one waiting for its interval
            Path outbox = dir.resolve("outbox");
            withTransactions.write(1, null, outbox.resolve("first.xml"), bytes("first"));
            withTransactions.carryOutSoon();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(outbox.resolve("first.xml"))) {
                assertThat(System.nanoTime()).as("carried out within 30 s").isLessThan(deadline);
                Thread.sleep(10);
            }
            Path second = outbox.resolve("second.xml");
            withTransactions.write(1, null, second, bytes("second"));
            withTransactions.carryOutSoon();
            // when the run's finishing step carries out what is open, inside its own transaction, and goes on for
            // longer than the background carry-out's interval before it commits
            transactions.executeWithoutResult(status -> {
                assertThat(withTransactions.carryOut()).isEqualTo(1);
                assertThat(second).hasContent("second");
                try {
                    Files.delete(second);  // so that a second writing shows
                    Thread.sleep(3_000);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            // then the waiting background carry-out did not carry out the same output again
            assertThat(second).as("written once, by the run's own carry-out").doesNotExist();
            assertThat(sql.sql("select count(*) from pending_output where done = false").query(Long.class).single())
                    .isZero();
        }
    }

    @Test
    void carriesOutOnlyWhatWasCommittedBeforeTheDatabaseWasMadeDurable() throws IOException {
        // given a database that is made durable on request, and a plan committed before that request
        Path outbox = dir.resolve("outbox");
        java.util.List<String> events = new java.util.ArrayList<>();
        Outputs durableOutputs = new Outputs(sql, org.springframework.transaction.support.TransactionOperations
                .withoutTransaction(), () -> {
                    events.add("durable");
                    // a chunk that commits while the carry-out has begun: not yet durable, so not carried out now
                    outputs.write(1, null, outbox.resolve("later.xml"), bytes("later"));
                });
        durableOutputs.write(1, null, outbox.resolve("first.xml"), bytes("first"));
        // when
        int done = durableOutputs.carryOut();
        // then
        assertThat(events).containsExactly("durable");
        assertThat(done).isEqualTo(1);
        assertThat(outbox.resolve("first.xml")).hasContent("first");
        assertThat(outbox.resolve("later.xml")).as("committed after the database was made durable").doesNotExist();
        assertThat(sql.sql("select count(*) from pending_output where done = false").query(Long.class).single())
                .isEqualTo(1);
        durableOutputs.close();
    }

    @Test
    void movesAFileAndWritesItsErrorReportBeside() throws IOException {
        // given
        Path work = Files.createDirectories(dir.resolve("work"));
        Path file = Files.writeString(work.resolve("bad.xml"), "<x/>");
        Path rejected = dir.resolve("rejected");
        // when
        Path target = outputs.move(1, null, file, rejected, 1);
        outputs.write(1, null, target.resolveSibling("bad.xml.fout.txt"), bytes("why"));
        outputs.carryOut();
        // then
        assertThat(file).doesNotExist();
        assertThat(rejected.resolve("bad.xml")).hasContent("<x/>");
        assertThat(rejected.resolve("bad.xml.fout.txt")).hasContent("why");
    }

    @Test
    void aLargeAnswerIsKeptCompressedAndWrittenAsItWas() throws IOException {
        // given an answer of 25 MB (the 325 to a declaration of 20,000 clients) and a small one
        Path outbox = dir.resolve("outbox");
        StringBuilder xml = new StringBuilder("<Bericht>");
        for (int i = 0; xml.length() < 25_000_000; i++) {
            xml.append("<Client><Bsn>").append(100_000_000 + i).append("</Bsn><RetourCode>8001</RetourCode></Client>");
        }
        byte[] large = xml.append("</Bericht>").toString().getBytes(StandardCharsets.UTF_8);
        // when they are planned
        outputs.write(1, null, outbox.resolve("large.xml"), large);
        outputs.write(1, null, outbox.resolve("small.xml"), bytes("small"));
        // then the large one waits compressed, the small one as it is
        assertThat(sql.sql("select compressed from pending_output order by id").query(Boolean.class).list())
                .containsExactly(true, false);
        assertThat(sql.sql("select octet_length(content) from pending_output order by id").query(Long.class).list())
                .first().satisfies(stored -> assertThat(stored).isLessThan(large.length / 10));
        // and both are written byte for byte
        assertThat(outputs.carryOut()).isEqualTo(2);
        assertThat(Files.readAllBytes(outbox.resolve("large.xml"))).isEqualTo(large);
        assertThat(outbox.resolve("small.xml")).hasContent("small");
        assertThat(nl.berichtenbatch.state.Gzip.FROM).isGreaterThan(bytes("small").length);
    }

    @Test
    void plansBeyondTheBytesInHandAreInsertedBeforeTheCommitAndStillRollBack() throws Exception {
        // given plans in a transaction whose content passes the bytes kept in hand (answers below the compression size)
        TransactionTemplate transactions = transactions();
        Path outbox = dir.resolve("outbox");
        byte[] answer = new byte[nl.berichtenbatch.state.Gzip.FROM - 1];
        int count = Outputs.BYTES_IN_HAND / answer.length + 2;
        try (Outputs inTransactions = new Outputs(sql, transactions, () -> { })) {
            // when
            transactions.executeWithoutResult(status -> {
                for (int i = 0; i < count; i++) {
                    inTransactions.write(1, null, outbox.resolve("answer-" + i + ".xml"), answer);
                }
                // then they are in the transaction before its commit, all but the last one or two
                assertThat(sql.sql("select count(*) from pending_output").query(Long.class).single())
                        .isBetween((long) count - 2, (long) count);
                status.setRollbackOnly();
            });
            // and a rollback takes them all back
            assertThat(sql.sql("select count(*) from pending_output").query(Long.class).single()).isZero();
            // and committed, every one is recorded once, in order
            transactions.executeWithoutResult(status -> {
                for (int i = 0; i < count; i++) {
                    inTransactions.write(1, null, outbox.resolve("answer-" + i + ".xml"), answer);
                }
            });
            assertThat(sql.sql("select target from pending_output order by id").query(String.class).list())
                    .hasSize(count).first().isEqualTo(outbox.resolve("answer-0.xml").toString());
            assertThat(inTransactions.carryOut()).isEqualTo(count);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean hasAFile(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var files = Files.list(folder)) {
            return files.findAny().isPresent();
        }
    }
}
