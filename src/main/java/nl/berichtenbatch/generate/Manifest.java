package nl.berichtenbatch.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code manifest.csv}: one row per generated file, in arrival order, with the outcome the file is meant to get
 * when the workspace is processed as it is. Columns:
 * <pre>
 * seq,folder,file,message,sender,receiver,identificatie,outcome,level,codes,rules,defect
 * </pre>
 * {@code folder} is {@code inbox} or {@code outgoing}; {@code outcome} one of ACCEPTED, REJECTED, PARTIAL, INVALID,
 * SENT, HELD, RECORDED (design.md 4.6); for a wrong file {@code level} is the control level of its defect,
 * {@code codes} the retour codes the answer must carry (space-separated; none for level 1), {@code rules} the rule
 * ids that must find it and {@code defect} what is wrong. The three are empty for a correct file.
 */
public final class Manifest {

    static final String HEADER = "seq,folder,file,message,sender,receiver,identificatie,outcome,level,codes,rules,"
            + "defect";

    /**
     * One generated file.
     *
     * @param level null for a correct file
     * @param codes the retour codes of the intended answer, empty when none
     * @param rules the rule ids the defect breaks, empty for a correct file or a level-1 defect
     * @param defect what is wrong, e.g. {@code bsn-fails-elfproef}; empty for a correct file
     */
    public record Entry(int seq, String folder, String file, String message, String sender, String receiver,
            String identificatie, String outcome, Integer level, List<String> codes, List<String> rules,
            String defect) {

        public Entry {
            codes = List.copyOf(codes);
            rules = List.copyOf(rules);
        }

        /** Whether the file is wrong on purpose. */
        public boolean isWrong() {
            return level != null;
        }

        String line() {
            return String.join(",", String.valueOf(seq), folder, file, message, sender, receiver, identificatie,
                    outcome, level == null ? "" : level.toString(), String.join(" ", codes), String.join(" ", rules),
                    defect);
        }

        static Entry parse(String line) {
            String[] f = line.split(",", -1);
            if (f.length != 12) {
                throw new IllegalArgumentException("not a manifest line: " + line);
            }
            return new Entry(Integer.parseInt(f[0]), f[1], f[2], f[3], f[4], f[5], f[6], f[7],
                    f[8].isEmpty() ? null : Integer.valueOf(f[8]), words(f[9]), words(f[10]), f[11]);
        }

        private static List<String> words(String field) {
            return field.isEmpty() ? List.of() : Arrays.asList(field.split(" "));
        }
    }

    private Manifest() {
    }

    /** Reads a manifest written by {@code generate}. */
    public static List<Entry> read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (!HEADER.equals(header)) {
                throw new IOException(file + " is not a generate manifest (header: " + header + ")");
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isEmpty()) {
                    entries.add(Entry.parse(line));
                }
            }
        }
        return entries;
    }
}
