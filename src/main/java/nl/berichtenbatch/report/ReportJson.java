package nl.berichtenbatch.report;

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

    /** Indented JSON into a stream (left open), for report files too large to hold as one string. */
    public static void pretty(Object value, java.io.OutputStream out) {
        PRETTY.writeValue(new java.io.FilterOutputStream(out) {
            @Override
            public void close() {
                // the caller's stream stays open
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
                out.write(bytes, offset, length);
            }
        }, value);
    }

    /** Indented JSON, for report files. */
    public static String pretty(Object value) {
        return PRETTY.writeValueAsString(value);
    }
}
