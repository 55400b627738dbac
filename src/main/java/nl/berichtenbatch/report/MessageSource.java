package nl.berichtenbatch.report;

import java.util.List;
import java.util.function.Consumer;

/**
 * The messages of a run report, handed on one at a time and as often as a report needs to go through them: a run of
 * 100,000 files has messages of some 100 MB, which are read again rather than held.
 */
@FunctionalInterface
public interface MessageSource {

    /** Hands every message to {@code action}, in the order of the report. */
    void forEach(Consumer<? super MessageReport> action);

    /** These messages, each handed to {@code also} too as it goes by: to sum something in a pass made anyway. */
    default MessageSource alsoTo(Consumer<? super MessageReport> also) {
        return action -> forEach(message -> {
            also.accept(message);
            action.accept(message);
        });
    }

    /** Messages already in memory (small reports, tests). */
    static MessageSource of(List<MessageReport> messages) {
        return messages::forEach;
    }

    /**
     * Messages stored as one JSON object each (as {@link ReportJson#line} wrote them), read from {@code lines}
     * whenever the messages are gone through, e.g. {@code each -> runFiles.eachReport(run, each)}.
     */
    static MessageSource ofJsonLines(Consumer<Consumer<String>> lines) {
        return action -> lines.accept(json -> action.accept(ReportJson.read(json, MessageReport.class)));
    }
}
