package nl.berichtenbatch.codelist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small CSV files of the code lists and the contracts file: a header row, UTF-8, fields optionally in
 * double quotes.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * The rows as maps from column name to value (an absent or empty field is an empty string). Lines starting with
     * {@code #} are comments.
     */
    static List<Map<String, String>> read(InputStream in, String source) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String headerLine = reader.readLine();
            int number = 1;
            while (headerLine != null && (headerLine.isBlank() || headerLine.startsWith("#"))) {
                headerLine = reader.readLine();
                number++;
            }
            if (headerLine == null) {
                throw new IOException(source + " is empty; it needs a header row");
            }
            List<String> header = fields(headerLine.replace("\uFEFF", ""));
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = fields(line);
                if (fields.size() > header.size()) {
                    throw new IOException(source + " line " + number + " has " + fields.size() + " fields, the header "
                            + header.size());
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i).trim(), i < fields.size() ? fields.get(i).trim() : "");
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The fields of one line, split at commas outside double quotes; {@code ""} inside quotes is one quote. */
    public static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
