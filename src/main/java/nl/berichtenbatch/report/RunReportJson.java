package nl.berichtenbatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import nl.berichtenbatch.deadline.OverdueReport;
import nl.berichtenbatch.report.RunReport.Mismatch;
import nl.berichtenbatch.report.RunReport.VariantTotals;
import nl.berichtenbatch.validation.Outcome;

/**
 * {@code run-<id>.json} as a stream: written with Jackson's generator and read with its parser, so that only the head
 * and one message at a time are in memory. The file is byte for byte what {@link ReportJson#pretty} makes of the
 * {@link RunReport} with the same content: the same field order, nulls, left-out sections and indentation.
 */
final class RunReportJson {

    /**
     * Tolerates sections it does not know, so that an older build can still re-render a newer report. Each value is
     * bound in the middle of the file, so what follows it is no trailing token: the end is checked once, by hand.
     */
    private static final JsonMapper READER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private static final TypeReference<Map<Outcome, Integer>> COUNTS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, VariantTotals>> VARIANTS = new TypeReference<>() {
    };
    private static final TypeReference<List<Mismatch>> MISMATCHES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Map<String, VariantTotals>>> PROVIDERS = new TypeReference<>() {
    };

    private RunReportJson() {
    }

    /** Writes the report to {@code out} (left open), going through the messages once; ends with a line break. */
    static void write(RunReportHead head, MessageSource messages, OutputStream out) throws IOException {
        try (JsonGenerator json = ReportJson.prettyGenerator(out)) {
            json.writeStartObject();
            json.writeNumberProperty("run", head.run());
            json.writeStringProperty("status", head.status());
            if (head.runDate() != null) {
                json.writePOJOProperty("runDate", head.runDate());
            }
            json.writePOJOProperty("started", head.started());
            json.writePOJOProperty("finished", head.finished());
            json.writePOJOProperty("counts", head.counts());
            json.writeName("messages");
            json.writeStartArray();
            messages.forEach(json::writePOJO);
            json.writeEndArray();
            writeIfPresent(json, "contracts", head.contracts());
            writeIfPresent(json, "variants", head.variants());
            writeIfPresent(json, "mismatches", head.mismatches());
            writeIfPresent(json, "providers", head.providers());
            writeIfPresent(json, "overdue", head.overdue());
            json.writeEndObject();
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (JacksonException e) {
            throw new IOException("cannot write the run report: " + e.getOriginalMessage(), e);
        }
        out.write('\n');
    }

    private static void writeIfPresent(JsonGenerator json, String name, Object value) {
        if (value != null) {
            json.writePOJOProperty(name, value);
        }
    }

    /**
     * Reads a report from {@code in}, handing each message to {@code each} as soon as it is read, and returns the
     * rest. {@code source} names the input in the message of a file that is no run report.
     *
     * @throws UncheckedIOException when the input cannot be read or is no run report
     */
    static RunReportHead read(InputStream in, Object source, Consumer<? super MessageReport> each) {
        return read(in, source, each, () -> false);
    }

    /**
     * As {@link #read(InputStream, Object, Consumer)}, but once {@code enough} says so the remaining messages are
     * passed over unread (only checked to be JSON), and the sections after them are read: for a reader that wants the
     * head and the first few messages of a report of some 100 MB. A report without counts is read whole.
     */
    static RunReportHead read(InputStream in, Object source, Consumer<? super MessageReport> each,
            BooleanSupplier enough) {
        try (JsonParser json = READER.createParser(in)) {
            return head(json, each, enough);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        } catch (JacksonException e) {
            throw notARunReport(source, e.getOriginalMessage(), e);
        } catch (NotARunReport e) {
            throw notARunReport(source, e.getMessage(), e);
        }
    }

    private static RunReportHead head(JsonParser json, Consumer<? super MessageReport> each, BooleanSupplier enough) {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            throw new NotARunReport("no JSON object");
        }
        long run = 0;
        String status = null;
        LocalDate runDate = null;
        Instant started = null;
        Instant finished = null;
        Map<Outcome, Integer> counts = null;
        Map<String, Integer> counted = new HashMap<>();
        String contracts = null;
        Map<String, VariantTotals> variants = null;
        List<Mismatch> mismatches = null;
        Map<String, Map<String, VariantTotals>> providers = null;
        OverdueReport overdue = null;
        while (json.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = json.currentName();
            json.nextToken();
            switch (name) {
                case "run" -> run = orZero(READER.readValue(json, Long.class));
                case "status" -> status = READER.readValue(json, String.class);
                case "runDate" -> runDate = READER.readValue(json, LocalDate.class);
                case "started" -> started = READER.readValue(json, Instant.class);
                case "finished" -> finished = READER.readValue(json, Instant.class);
                case "counts" -> counts = READER.readValue(json, COUNTS);
                case "messages" -> messages(json, message -> {
                    counted.merge(message.outcome(), 1, Integer::sum);
                    each.accept(message);
                }, counts == null ? () -> false : enough);
                case "contracts" -> contracts = READER.readValue(json, String.class);
                case "variants" -> variants = READER.readValue(json, VARIANTS);
                case "mismatches" -> mismatches = READER.readValue(json, MISMATCHES);
                case "providers" -> providers = READER.readValue(json, PROVIDERS);
                case "overdue" -> overdue = READER.readValue(json, OverdueReport.class);
                default -> json.skipChildren();
            }
        }
        if (json.nextToken() != null) {
            throw new NotARunReport("more after the report");
        }
        if (status == null || started == null) {
            throw new NotARunReport("no " + (status == null ? "status" : "start"));
        }
        if (counts == null) {
            // as RunReport reads a report without counts: counted from its messages
            counts = new HashMap<>();
            for (Map.Entry<String, Integer> entry : counted.entrySet()) {
                counts.put(outcome(entry.getKey()), entry.getValue());
            }
        }
        return new RunReportHead(run, status, runDate, started, finished, counts, contracts, variants, mismatches,
                providers, overdue);
    }

    private static void messages(JsonParser json, Consumer<MessageReport> each, BooleanSupplier enough) {
        if (json.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (json.currentToken() != JsonToken.START_ARRAY) {
            throw new NotARunReport("messages is not a list");
        }
        while (json.nextToken() != JsonToken.END_ARRAY) {
            if (json.currentToken() != JsonToken.START_OBJECT) {
                throw new NotARunReport("a message is not a JSON object");
            }
            if (enough.getAsBoolean()) {
                json.skipChildren();
            } else {
                each.accept(READER.readValue(json, MessageReport.class));
            }
        }
    }

    private static Outcome outcome(String name) {
        try {
            return Outcome.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotARunReport("a message has no known outcome: " + name);
        }
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static UncheckedIOException notARunReport(Object source, String why, Exception cause) {
        return new UncheckedIOException(new IOException(source + " is not a run report: " + why, cause));
    }

    /** What makes a well-formed JSON file no run report. */
    private static final class NotARunReport extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotARunReport(String message) {
            super(message);
        }
    }
}
