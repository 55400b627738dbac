package nl.berichtenbatch.report;

import java.io.OutputStream;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of the reports: stable field order, nulls written (they are part of the contract). */
public final class ReportJson {

    private static final JsonMapper COMPACT = JsonMapper.builder().build();
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportJson() {
    }

    /** One line of JSON, e.g. one message of {@code validate --json}. */
    public static String line(Object value) {
        return COMPACT.writeValueAsString(value);
    }

    /** Reads back what {@link #line} or {@link #pretty} wrote. */
    public static <T> T read(String json, Class<T> type) {
        return COMPACT.readValue(json, type);
    }

    /** Indented JSON, for report files. */
    public static String pretty(Object value) {
        return PRETTY.writeValueAsString(value);
    }

    /**
     * A generator that indents as {@link #pretty} does, for report files too large to hold as one value; closing it
     * leaves {@code out} open.
     */
    static JsonGenerator prettyGenerator(OutputStream out) {
        return PRETTY.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out);
    }
}
