package nl.berichtenbatch.codelist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.berichtenbatch.config.CodeListProperties;
import nl.berichtenbatch.config.ConfigurationException;
import nl.berichtenbatch.message.Standard;

/**
 * The code lists that level-4 rules need, outside the message traffic: the CBS gemeentecodes (TR378) and the product
 * codes per category (TR381). The product bundles its own lists; a folder set in {@code berichtenbatch.codelists.dir}
 * replaces each list it holds a file for ({@value #CBS_FILE}, {@value #PRODUCT_FILE}).
 */
public record CodeLists(CbsGemeenten gemeenten, ProductCodes productCodes) {

    public static final String CBS_FILE = "cbs-gemeenten.csv";
    public static final String PRODUCT_FILE = "productcodes.csv";
    private static final String BUNDLED = "/codelists/";

    /** The lists bundled with the product. */
    public static CodeLists bundled() {
        return new CodeLists(gemeenten(bundledFile(CBS_FILE), "bundled " + CBS_FILE),
                productCodes(bundledFile(PRODUCT_FILE), "bundled " + PRODUCT_FILE));
    }

    /** The bundled lists, with those the configured folder holds in their place. */
    public static CodeLists configured(CodeListProperties properties) {
        Path dir = properties == null ? null : properties.dir();
        if (dir == null) {
            return bundled();
        }
        if (!Files.isDirectory(dir)) {
            throw new ConfigurationException("berichtenbatch.codelists.dir: " + dir + " is not a folder");
        }
        Path cbs = dir.resolve(CBS_FILE);
        Path products = dir.resolve(PRODUCT_FILE);
        return new CodeLists(
                Files.isRegularFile(cbs) ? gemeenten(open(cbs), cbs.toString()) : gemeenten(bundledFile(CBS_FILE),
                        "bundled " + CBS_FILE),
                Files.isRegularFile(products) ? productCodes(open(products), products.toString())
                        : productCodes(bundledFile(PRODUCT_FILE), "bundled " + PRODUCT_FILE));
    }

    private static InputStream bundledFile(String name) {
        InputStream in = CodeLists.class.getResourceAsStream(BUNDLED + name);
        if (in == null) {
            throw new IllegalStateException("the bundled code list " + name + " is missing from the jar");
        }
        return in;
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new ConfigurationException("code list " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    static CbsGemeenten gemeenten(InputStream in, String source) {
        List<CbsGemeenten.Entry> entries = new ArrayList<>();
        for (Map<String, String> row : rows(in, source, "code", "name", "valid_from", "valid_to")) {
            String code = row.get("code");
            if (!code.matches("\\d{4}")) {
                throw new ConfigurationException(source + ": '" + code + "' is not a gemeentecode (4 digits)");
            }
            entries.add(new CbsGemeenten.Entry(code, row.get("name"), date(row.get("valid_from"), source),
                    date(row.get("valid_to"), source)));
        }
        return new CbsGemeenten(entries);
    }

    static ProductCodes productCodes(InputStream in, String source) {
        List<ProductCodes.Entry> entries = new ArrayList<>();
        for (Map<String, String> row : rows(in, source, "standard", "categorie", "code", "description")) {
            Standard standard = Standard.fromId(row.get("standard")).orElseThrow(() -> new ConfigurationException(
                    source + ": unknown standard '" + row.get("standard") + "' (ijw or iwmo)"));
            entries.add(new ProductCodes.Entry(standard, row.get("categorie"), row.get("code"), row.get("description")));
        }
        return new ProductCodes(entries);
    }

    private static List<Map<String, String>> rows(InputStream in, String source, String... columns) {
        List<Map<String, String>> rows;
        try (in) {
            rows = Csv.read(in, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map<String, String> row : rows) {
            for (String column : columns) {
                if (!row.containsKey(column)) {
                    throw new ConfigurationException(source + " needs the columns " + String.join(",", columns));
                }
            }
        }
        return rows;
    }

    private static LocalDate date(String value, String source) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(source + ": '" + value + "' is not a date (yyyy-mm-dd)");
        }
    }
}
