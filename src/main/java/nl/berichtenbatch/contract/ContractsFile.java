package nl.berichtenbatch.contract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.berichtenbatch.codelist.Csv;
import nl.berichtenbatch.codelist.ProductCodes;
import nl.berichtenbatch.config.BerichtenbatchProperties;
import nl.berichtenbatch.config.ConfigurationException;
import nl.berichtenbatch.message.Standard;

/**
 * Reads and checks the contracts file (design.md 4.5). Every bad row is reported with its line number; a file with
 * any bad row gives no contracts at all, so nothing is ever processed with part of the contract set.
 */
public final class ContractsFile {

    public static final String DEFAULT_NAME = "contracts.csv";
    public static final List<String> COLUMNS = List.of("gemeente", "aanbieder", "productcategorie", "productcode",
            "variant", "eenheid", "tarief", "ingangsdatum", "einddatum");

    /** The WJ756 units with their names; effort and output units per variants.md §3. */
    private static final Map<String, String> UNITS = new LinkedHashMap<>();
    private static final Set<String> EFFORT = Set.of("01", "04", "14", "16", "84");
    private static final Set<String> OUTPUT = Set.of("82", "83");

    static {
        UNITS.put("01", "minuut");
        UNITS.put("04", "uur");
        UNITS.put("14", "etmaal");
        UNITS.put("16", "dagdeel");
        UNITS.put("82", "stuks (output)");
        UNITS.put("83", "euro's");
        UNITS.put("84", "stuks (inspanning)");
    }

    /**
     * What a file holds: its rows, and one error per bad row as {@code contracts.csv:LINE: what is wrong}.
     *
     * @param file   the file as named, for the one-line summary
     * @param rows   the rows that are right (all of them only when {@code errors} is empty)
     * @param errors one per bad row (or one for a bad header), in line order
     */
    public record Result(Path file, List<Contract> rows, List<String> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }

        /** The contracts, when every row is right; otherwise a ConfigurationException listing every bad row. */
        public ContractTable table() {
            if (!valid()) {
                throw new ConfigurationException(describeErrors());
            }
            return new ContractTable(rows);
        }

        /** A heading line and then each error on a line of its own, indented. */
        public String describeErrors() {
            return "contracts file " + file + " has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + "; nothing is processed until it is right:\n  " + String.join("\n  ", errors);
        }
    }

    private final ProductCodes productCodes;

    public ContractsFile(ProductCodes productCodes) {
        this.productCodes = productCodes;
    }

    /**
     * The contracts of an installation: {@code berichtenbatch.contracts}, which must exist when it is set; otherwise
     * {@code <data-dir>/contracts.csv} when it exists; otherwise none.
     */
    public static Contracts configured(BerichtenbatchProperties properties, ProductCodes productCodes) {
        Path file = properties.contracts();
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new ConfigurationException("berichtenbatch.contracts: " + file + " not found");
            }
            return new ContractsFile(productCodes).load(file);
        }
        Path fallback = properties.dataDir() == null ? null : properties.dataDir().resolve(DEFAULT_NAME);
        return fallback != null && Files.isRegularFile(fallback) ? new ContractsFile(productCodes).load(fallback)
                : Contracts.NONE;
    }

    /** The contracts of a file; a file with errors fails with all of them. */
    public ContractTable load(Path file) {
        return read(file).table();
    }

    /** Reads and checks a file; only an unreadable file throws. */
    public Result read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigurationException("contracts file " + file + " cannot be read: " + e.getMessage(), e);
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Result(file, List.of(), List.of(name + ": is not UTF-8 text"));
        }
        return check(file, name, text);
    }

    /** Checks the text of a file named {@code name}. */
    Result check(Path file, String name, String text) {
        String[] lines = text.startsWith("\uFEFF") ? text.substring(1).split("\\R", -1) : text.split("\\R", -1);
        int headerAt = 0;
        while (headerAt < lines.length && skipped(lines[headerAt])) {
            headerAt++;
        }
        if (headerAt == lines.length) {
            return new Result(file, List.of(), List.of(name + ": is empty; it needs the header line "
                    + String.join(",", COLUMNS)));
        }
        List<String> header = Csv.fields(lines[headerAt]).stream().map(f -> f.trim().toLowerCase(Locale.ROOT))
                .toList();
        String headerError = headerError(header);
        if (headerError != null) {
            return new Result(file, List.of(), List.of(name + ":" + (headerAt + 1) + ": " + headerError));
        }
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i), i);
        }
        Map<Integer, String> errors = new TreeMap<>();
        List<Contract> rows = new ArrayList<>();
        List<Period> periods = new ArrayList<>();
        for (int i = headerAt + 1; i < lines.length; i++) {
            if (skipped(lines[i])) {
                continue;
            }
            int line = i + 1;
            List<String> fields = Csv.fields(lines[i]).stream().map(String::trim).toList();
            if (fields.size() != COLUMNS.size()) {
                errors.put(line, "has " + fields.size() + " fields, the header " + COLUMNS.size());
                continue;
            }
            Map<String, String> values = new HashMap<>();
            column.forEach((key, index) -> values.put(key, fields.get(index)));
            List<String> problems = new ArrayList<>();
            Contract row = row(values, line, problems);
            if (problems.isEmpty()) {
                rows.add(row);
            } else {
                errors.put(line, String.join("; ", problems));
            }
            period(values, line).ifPresent(periods::add);
        }
        overlaps(periods, errors);
        List<String> report = errors.entrySet().stream().map(e -> name + ":" + e.getKey() + ": " + e.getValue())
                .toList();
        return new Result(file, errors.isEmpty() ? List.copyOf(rows) : List.of(), report);
    }

    /** Blank lines and comment lines ({@code #}) are not rows. */
    private static boolean skipped(String line) {
        return line.isBlank() || line.strip().startsWith("#");
    }

    private static String headerError(List<String> header) {
        List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
        List<String> unknown = header.stream().filter(c -> !COLUMNS.contains(c)).distinct().toList();
        List<String> twice = header.stream().filter(c -> header.indexOf(c) != header.lastIndexOf(c)).distinct()
                .toList();
        if (missing.isEmpty() && unknown.isEmpty() && twice.isEmpty()) {
            return null;
        }
        List<String> wrong = new ArrayList<>();
        if (!missing.isEmpty()) {
            wrong.add("missing column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
            wrong.add("unknown column" + (unknown.size() == 1 ? " " : "s ") + unknown.stream()
                    .map(c -> "'" + c + "'").collect(Collectors.joining(", ")));
        }
        if (!twice.isEmpty()) {
            wrong.add("column" + (twice.size() == 1 ? " " : "s ") + String.join(", ", twice) + " named twice");
        }
        return "the header must name the columns " + String.join(",", COLUMNS) + ": " + String.join("; ", wrong);
    }

    /** The row, or null with what is wrong added to {@code problems}. */
    private Contract row(Map<String, String> v, int line, List<String> problems) {
        String gemeente = v.get("gemeente");
        if (!gemeente.matches("\\d{4}")) {
            problems.add("gemeente '" + gemeente + "' is not a gemeentecode (4 digits)");
        }
        String aanbieder = v.get("aanbieder");
        if (!aanbieder.matches("\\d{8}")) {
            problems.add("aanbieder '" + aanbieder + "' is not an AGB code (8 digits)");
        }
        String categorie = v.get("productcategorie");
        boolean categorieRight = categorie.matches("\\d{2}");
        if (!categorieRight) {
            problems.add("productcategorie '" + categorie + "' is not 2 digits");
        }
        String code = v.get("productcode").isEmpty() ? null : v.get("productcode");
        if (code != null) {
            productCode(code, categorieRight ? categorie : null, problems);
        }
        Variant variant = Variant.parse(v.get("variant").toLowerCase(Locale.ROOT)).orElse(null);
        if (variant == null) {
            problems.add("variant '" + v.get("variant") + "' is not inspanningsgericht, outputgericht or taakgericht");
        }
        String eenheid = v.get("eenheid");
        boolean eenheidRight = UNITS.containsKey(eenheid);
        if (!eenheidRight) {
            problems.add("eenheid '" + eenheid + "' is not a WJ756 code (" + String.join(", ", UNITS.keySet()) + ")");
        } else if (variant == Variant.INSPANNINGSGERICHT && OUTPUT.contains(eenheid)) {
            problems.add("eenheid " + unit(eenheid) + " is an output unit, not one for inspanningsgericht (01, 04, "
                    + "14, 16, 84)");
        } else if (variant == Variant.OUTPUTGERICHT && EFFORT.contains(eenheid)) {
            problems.add("eenheid " + unit(eenheid) + " is an effort unit, not one for outputgericht (82, 83)");
        }
        Long tarief = tarief(v.get("tarief"), eenheid, variant, problems);
        LocalDate ingangsdatum = date("ingangsdatum", v.get("ingangsdatum"), problems);
        if (v.get("ingangsdatum").isEmpty()) {
            problems.add("ingangsdatum is required");
        }
        LocalDate einddatum = date("einddatum", v.get("einddatum"), problems);
        if (ingangsdatum != null && einddatum != null && einddatum.isBefore(ingangsdatum)) {
            problems.add("einddatum " + einddatum + " is before ingangsdatum " + ingangsdatum);
        }
        return problems.isEmpty() ? new Contract(gemeente, aanbieder, categorie, code, variant, eenheid, tarief,
                ingangsdatum, einddatum, line) : null;
    }

    /**
     * A code has 5 characters and starts with its category, as in the national lists. The product code list decides
     * further only where it knows the category completely (TR381 would reject every message with another code); in
     * the other categories it cannot say, so an unknown code is accepted there.
     */
    private void productCode(String code, String categorie, List<String> problems) {
        if (code.length() != 5 || code.chars().anyMatch(Character::isWhitespace)) {
            problems.add("productcode '" + code + "' is not 5 characters (or empty for the whole category)");
        } else if (categorie != null && !code.startsWith(categorie)) {
            problems.add("productcode " + code + " does not belong to productcategorie " + categorie
                    + " (it starts with " + code.substring(0, 2) + ")");
        } else if (categorie != null) {
            for (Standard standard : Standard.values()) {
                if (productCodes.conflicts(standard, categorie, code)) {
                    problems.add("productcode " + code + " is not in productcategorie " + categorie
                            + " of the " + standard.displayName() + " product code list");
                    return;
                }
            }
        }
    }

    private static Long tarief(String text, String eenheid, Variant variant, List<String> problems) {
        if (text.isEmpty()) {
            if (!Contract.EUROS.equals(eenheid) && variant != Variant.TAAKGERICHT && UNITS.containsKey(eenheid)) {
                problems.add("tarief is required for eenheid " + unit(eenheid) + ", in eurocent per unit");
            }
            return null;
        }
        if (!text.matches("\\d{1,15}")) {
            problems.add("tarief '" + text + "' is not a whole number of eurocent (0 or more)");
            return null;
        }
        return Long.valueOf(text);
    }

    private static LocalDate date(String column, String text, List<String> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(column + " '" + text + "' is not a date (yyyy-mm-dd)");
            return null;
        }
    }

    private static String unit(String eenheid) {
        return eenheid + " (" + UNITS.get(eenheid) + ")";
    }

    /** The product and period of a row, for the overlap check; also of a row that is wrong in another column. */
    private record Period(int line, List<String> key, LocalDate from, LocalDate to) {

        boolean overlaps(Period other) {
            return (to == null || !other.from.isAfter(to)) && (other.to == null || !from.isAfter(other.to));
        }

        String product() {
            return key.get(3).isEmpty() ? key.get(2) + " (whole category)" : key.get(2) + "/" + key.get(3);
        }
    }

    /** The row's product and period, when those columns are right. */
    private static Optional<Period> period(Map<String, String> v, int line) {
        List<String> problems = new ArrayList<>();
        LocalDate from = date("ingangsdatum", v.get("ingangsdatum"), problems);
        LocalDate to = date("einddatum", v.get("einddatum"), problems);
        String code = v.get("productcode");
        boolean right = v.get("gemeente").matches("\\d{4}") && v.get("aanbieder").matches("\\d{8}")
                && v.get("productcategorie").matches("\\d{2}") && (code.isEmpty() || code.length() == 5)
                && from != null && problems.isEmpty() && (to == null || !to.isBefore(from));
        return right ? Optional.of(new Period(line, List.of(v.get("gemeente"), v.get("aanbieder"),
                v.get("productcategorie"), code), from, to)) : Optional.empty();
    }

    /**
     * Two rows for the same gemeente, aanbieder and product whose periods share a day: the later row is wrong. Rows
     * wrong in another column take part, so that fixing them does not reveal an overlap only then.
     */
    private static void overlaps(List<Period> periods, Map<Integer, String> errors) {
        Map<List<String>, List<Period>> byProduct = new HashMap<>();
        for (Period row : periods) {
            List<Period> earlier = byProduct.computeIfAbsent(row.key(), k -> new ArrayList<>());
            List<String> overlapping = earlier.stream().filter(e -> e.overlaps(row))
                    .map(e -> String.valueOf(e.line())).toList();
            if (!overlapping.isEmpty()) {
                String overlap = "period " + row.from() + "…" + (row.to() == null ? "(open)" : row.to())
                        + " overlaps line" + (overlapping.size() == 1 ? " " : "s ") + String.join(", ", overlapping)
                        + " for the same gemeente " + row.key().get(0) + ", aanbieder " + row.key().get(1)
                        + " and product " + row.product();
                errors.merge(row.line(), overlap, (problems, more) -> problems + "; " + more);
            }
            earlier.add(row);
        }
    }
}
