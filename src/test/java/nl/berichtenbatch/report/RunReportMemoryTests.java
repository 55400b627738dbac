package nl.berichtenbatch.report;

import static nl.berichtenbatch.report.RunReports.accepted;
import static nl.berichtenbatch.report.RunReports.error;
import static nl.berichtenbatch.report.RunReports.held;
import static nl.berichtenbatch.report.RunReports.invalid;
import static nl.berichtenbatch.report.RunReports.rejected;
import static nl.berichtenbatch.report.RunReports.xsd;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import nl.berichtenbatch.report.RunReport.VariantTotals;
import nl.berichtenbatch.validation.Outcome;

/**
 * A run of 200,000 messages is reported without ever holding its messages: the source hands out generated messages
 * and, after a full collection every so often, counts how many of those it handed out are still reachable. A writer
 * or reader that kept them (in a list, a set, a map of files per code) would keep that count in the thousands.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunReportMemoryTests {

    private static final int MESSAGES = 200_000;

    /** Every tenth message is rejected, invalid or held: the files that need attention. */
    private static final int ATTENTION = MESSAGES / 10 * 3;

    /** Far below the 200,000 handed out and below one page (500) of stored reports: a few in flight at most. */
    private static final int MOST_ALIVE = 50;

    /** Bytes the parser may read ahead of the message it hands on: its buffer, and then some. */
    private static final long READ_AHEAD = 1 << 20;

    private final RunReportWriter writer = new RunReportWriter(ZoneId.of("Europe/Amsterdam"));

    private RunReportHead head;
    private Path json;
    private Path html;
    private GeneratedMessages summed;
    private GeneratedMessages writtenAsJson;
    private GeneratedMessages writtenAsHtml;

    @BeforeAll
    void writeTheReportsOfALargeRun(@TempDir Path reports) {
        summed = new GeneratedMessages(MESSAGES);
        head = new VariantPicture().addAll(summed)
                .applyTo(RunReportHead.of(42, "COMPLETED", RunReports.STARTED, RunReports.FINISHED, summed));
        writtenAsJson = new GeneratedMessages(MESSAGES);
        json = writer.writeJson(head, writtenAsJson, reports);
        writtenAsHtml = new GeneratedMessages(MESSAGES);
        html = writer.writeHtml(head, writtenAsHtml, reports);
    }

    @Test
    void sumsTheCountsAndThePictureOneMessageAtATime() {
        assertThat(summed.handedOut()).isEqualTo(2L * MESSAGES);
        assertThat(summed.mostAlive()).isLessThanOrEqualTo(MOST_ALIVE);
        assertThat(head.counts()).containsEntry(Outcome.ACCEPTED, MESSAGES - ATTENTION)
                .containsEntry(Outcome.REJECTED, MESSAGES / 10).containsEntry(Outcome.INVALID, MESSAGES / 10)
                .containsEntry(Outcome.HELD, MESSAGES / 10);
        assertThat(head.variants().get("outputgericht").allocations()).isEqualTo(MESSAGES / 10);
    }

    @Test
    void writesTheJsonOneMessageAtATime() {
        assertThat(writtenAsJson.handedOut()).isEqualTo(MESSAGES);
        assertThat(writtenAsJson.mostAlive()).isLessThanOrEqualTo(MOST_ALIVE);
    }

    @Test
    void writesTheHtmlOneMessageAtATime() throws IOException {
        // then: two passes, and the page has every file that needs attention
        assertThat(writtenAsHtml.handedOut()).isEqualTo(2L * MESSAGES);
        assertThat(writtenAsHtml.mostAlive()).isLessThanOrEqualTo(MOST_ALIVE);
        long sections;
        try (BufferedReader page = Files.newBufferedReader(html)) {
            sections = page.lines().filter(line -> line.startsWith("<section class=\"file\">")).count();
        }
        assertThat(sections).isEqualTo(ATTENTION);
    }

    @Test
    void readsTheJsonBackOneMessageAtATimeAsItIsRead() throws IOException {
        // given
        long size = Files.size(json);
        Liveness received = new Liveness();
        long[] messages = {0};
        RunReportHead read;
        // when
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(json))) {
            read = RunReportJson.read(in, json, message -> {
                received.track(message);
                // then: each message comes as soon as its bytes are read, not after the whole file
                assertThat(in.count).as("bytes read when message %d is handed on", messages[0])
                        .isLessThanOrEqualTo(size * (messages[0] + 1) / MESSAGES + READ_AHEAD);
                assertThat(message).isEqualTo(GeneratedMessages.message(messages[0]));
                messages[0]++;
            });
        }
        assertThat(messages[0]).isEqualTo(MESSAGES);
        assertThat(received.mostAlive()).isLessThanOrEqualTo(MOST_ALIVE);
        assertThat(read).isEqualTo(head);
    }

    @Test
    void summarisesTheFileOfALargeRun() {
        // when
        StringWriter text = new StringWriter();
        RunSummary.print(json, html, new PrintWriter(text));
        // then
        List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSize(12);
        assertThat(lines.get(0)).isEqualTo("Run 42 COMPLETED: 140000 accepted, 20000 rejected, 20000 invalid, "
                + "20000 held; reports: " + json + ", " + html);
        assertThat(lines.subList(1, 4)).containsExactly(
                "  REJECTED  f1.xml: TR019 [9019]: Geen toewijzing",
                "  INVALID   f2.xml: XSD line 3: kapot",
                "  HELD      f3.xml: TR061 [0001]: Geen contact");
        assertThat(lines.get(11)).isEqualTo("  ... and " + (ATTENTION - 10) + " more in " + html);
    }

    @Test
    void summarisesTheMessagesOfALargeRunOneAtATime() {
        // given
        GeneratedMessages messages = new GeneratedMessages(MESSAGES);
        // when
        StringWriter text = new StringWriter();
        RunSummary.print(head, messages, json, html, new PrintWriter(text));
        // then
        assertThat(messages.mostAlive()).isLessThanOrEqualTo(MOST_ALIVE);
        assertThat(text.toString().lines()).hasSize(12);
    }

    @Test
    void seesAConsumerThatKeepsTheMessages() {
        // given: the check itself can fail
        GeneratedMessages messages = new GeneratedMessages(20_000);
        List<MessageReport> kept = new ArrayList<>();
        // when
        messages.forEach(kept::add);
        // then
        assertThat(messages.mostAlive()).isGreaterThan(10_000);
        assertThat(kept).hasSize(20_000);
    }

    /**
     * Messages made as they are handed out, the same for each pass: every tenth accepted one with variant facts, and
     * the rest of each ten one rejected with two retour codes, one invalid and one held.
     */
    static final class GeneratedMessages implements MessageSource {

        private final int count;
        private final Liveness liveness = new Liveness();
        private long handedOut;

        GeneratedMessages(int count) {
            this.count = count;
        }

        static MessageReport message(long i) {
            String file = "f" + i + ".xml";
            return switch ((int) (i % 10)) {
                case 0 -> accepted(file, "JW305").withVariantFacts(new VariantFacts("11111111",
                        Map.of("outputgericht", new VariantTotals(1, 0, 0, 0, 0, 0, 0, Map.of())), List.of()));
                case 1 -> rejected(file, "JW323", error("TR019", "9019", "Geen toewijzing"),
                        error("TR338", "9338", "…"));
                case 2 -> invalid(file, xsd("kapot", 3));
                case 3 -> held(file, "JW301", error("TR061", "0001", "Geen contact"));
                default -> accepted(file, i % 2 == 0 ? "JW305" : "WMO307");
            };
        }

        @Override
        public void forEach(Consumer<? super MessageReport> action) {
            for (long i = 0; i < count; i++) {
                MessageReport message = message(i);
                liveness.track(message);
                handedOut++;
                action.accept(message);
            }
        }

        long handedOut() {
            return handedOut;
        }

        int mostAlive() {
            return liveness.mostAlive();
        }
    }

    /** How many of the objects tracked are still reachable, looked at after a full collection every so often. */
    static final class Liveness {

        private static final int EVERY = 10_000;

        private final List<WeakReference<Object>> tracked = new ArrayList<>();
        private int sinceLastLook;
        private int mostAlive;

        void track(Object value) {
            tracked.add(new WeakReference<>(value));
            if (++sinceLastLook == EVERY) {
                sinceLastLook = 0;
                System.gc();
                tracked.removeIf(reference -> reference.refersTo(null));
                mostAlive = Math.max(mostAlive, tracked.size());
            }
        }

        int mostAlive() {
            return mostAlive;
        }
    }

    private static final class CountingInputStream extends FilterInputStream {

        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int read = super.read(bytes, offset, length);
            count += Math.max(read, 0);
            return read;
        }
    }
}
