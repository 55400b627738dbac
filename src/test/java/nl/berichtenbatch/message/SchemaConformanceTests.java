package nl.berichtenbatch.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import nl.berichtenbatch.message.SchemaConformanceMutations.Family;
import nl.berichtenbatch.message.SchemaConformanceMutations.Mutant;

/**
 * Proves that our XSDs in {@code schemas/ijw/3.2} accept exactly the messages that the official iJw 3.2 XSDs accept.
 *
 * <p>The official XSDs and examples are not part of this project. They are looked up in {@code ../shared/reference}
 * (relative to the project root) or in the folder named by the system property {@value #REFERENCE_DIR_PROPERTY}; when
 * they are not there, the tests are skipped.
 *
 * <ol>
 * <li>Every official example gets the verdict of {@code EXPECTED.csv} from our schema.</li>
 * <li>Every systematic mutation of every official example (see {@link SchemaConformanceMutations}) gets the same
 * verdict (valid or invalid) from our schema and from the official schema.</li>
 * <li>iWmo (no official XSDs available): the iWmo variant of every official example, and of every structural mutation
 * of it, gets the same verdict from our iWmo schema as the iJw original from the official iJw schema.</li>
 * </ol>
 */
class SchemaConformanceTests {

    static final String REFERENCE_DIR_PROPERTY = "berichtenbatch.reference-dir";

    private static final String IJW_BASIS_NAMESPACE = "http://www.istandaarden.nl/ijw/3_2/basisschema/schema";

    private static final Path OUR_IJW_SCHEMAS = Path.of("schemas", "ijw", "3.2");

    private static final Path OUR_IWMO_SCHEMAS = Path.of("schemas", "iwmo", "3.2");

    private static final int MAX_REPORTED = 20;

    /** Compiled schemas, one per file; {@link Schema} is thread-safe. */
    private static final Map<Path, Schema> SCHEMAS = new ConcurrentHashMap<>();

    /** {@link Validator} and {@link DocumentBuilder} are not thread-safe: one per thread. */
    private static final ThreadLocal<Map<Schema, Validator>> VALIDATORS = ThreadLocal.withInitial(IdentityHashMap::new);

    private static final ThreadLocal<DocumentBuilder> BUILDERS =
            ThreadLocal.withInitial(SchemaConformanceTests::newDocumentBuilder);

    /** A row of EXPECTED.csv. */
    record Example(String file, String schemaFile, boolean valid, String reason) {

        /** The message number, e.g. {@code 301}. */
        String message() {
            return file.replaceAll("[^0-9]", "");
        }
    }

    record Verdict(boolean valid, String firstError) {

        static final Verdict VALID = new Verdict(true, "");

        @Override
        public String toString() {
            return valid ? "valid" : "invalid (" + firstError + ")";
        }
    }

    record Outcome(Mutant mutant, Verdict ours, Verdict official) {

        boolean agrees() {
            return ours.valid() == official.valid();
        }
    }

    // ------------------------------------------------------------------ 1. the official examples

    @TestFactory
    Stream<DynamicTest> officialExamplesGetTheExpectedVerdictFromOurSchemas() {
        // given
        Path reference = referenceDir();
        String missing = missingReferenceData(reference);
        if (missing != null) {
            return skipped(missing);
        }
        List<Example> examples = expectedVerdicts(reference);

        // when
        return examples.stream().map(example -> dynamicTest(example.file(), () -> {
            // given
            Document document = parse(Files.readAllBytes(examplesDir(reference).resolve(example.file())));
            Schema ours = schema(OUR_IJW_SCHEMAS.resolve(example.schemaFile()));
            Schema official = schema(officialXsdDir(reference).resolve(example.schemaFile()));

            // when
            Verdict ourVerdict = validate(ours, document);
            Verdict officialVerdict = validate(official, document);

            // then
            assertThat(officialVerdict.valid())
                    .as("harness check: the official XSD's verdict on %s agrees with EXPECTED.csv; official: %s",
                            example.file(), officialVerdict)
                    .isEqualTo(example.valid());
            assertThat(ourVerdict.valid())
                    .as("our %s on %s (EXPECTED.csv: valid=%s %s); ours: %s", example.schemaFile(), example.file(),
                            example.valid(), example.reason(), ourVerdict)
                    .isEqualTo(example.valid());
        }));
    }

    // ------------------------------------------------------------------ 2. mutations of the official examples

    @TestFactory
    Stream<DynamicTest> mutantsOfOfficialExamplesGetTheOfficialVerdictFromOurSchemas() {
        // given
        Path reference = referenceDir();
        String missing = missingReferenceData(reference);
        if (missing != null) {
            return skipped(missing);
        }
        List<Example> examples = expectedVerdicts(reference);
        Collection<Set<String>> codeDomains = codeDomains(List.of(
                officialXsdDir(reference).resolve("basisschema.xsd"), OUR_IJW_SCHEMAS.resolve("basisschema.xsd")));

        // when
        return examples.stream().map(example -> dynamicTest(example.file() + " mutants", () -> {
            // given
            byte[] xml = Files.readAllBytes(examplesDir(reference).resolve(example.file()));
            Document original = parse(xml);
            String otherNamespace = otherMessageNamespace(original);
            List<Mutant> mutants = SchemaConformanceMutations.mutants(original, IJW_BASIS_NAMESPACE, otherNamespace,
                    codeDomains);
            Schema ours = schema(OUR_IJW_SCHEMAS.resolve(example.schemaFile()));
            Schema official = schema(officialXsdDir(reference).resolve(example.schemaFile()));
            ThreadLocal<Document> originals = ThreadLocal.withInitial(() -> parse(xml));
            long start = System.nanoTime();

            // when
            List<Outcome> outcomes = mutants.parallelStream().map(mutant -> {
                Document copy = copy(originals.get());
                mutant.apply().accept(copy);
                return new Outcome(mutant, validate(ours, copy), validate(official, copy));
            }).toList();

            // then
            report(example.file(), "ours " + example.schemaFile(), outcomes, start);
        }));
    }

    // ------------------------------------------------------------------ 3. iWmo variants

    @TestFactory
    Stream<DynamicTest> iwmoVariantsOfOfficialExamplesGetTheOfficialIjwVerdictFromOurIwmoSchemas() {
        // given
        Path reference = referenceDir();
        Path codelists = reference.resolve("codelists");
        String missing = missingReferenceData(reference);
        if (missing == null && !(Files.isDirectory(codelists.resolve("iwmo"))
                && Files.isDirectory(codelists.resolve("ijw")))) {
            missing = codelists + " not found; the iWmo and iJw code lists are needed to build iWmo variants";
        }
        if (missing != null) {
            return skipped(missing);
        }
        SchemaConformanceIwmoVariants variants = SchemaConformanceIwmoVariants.load(codelists);
        List<Example> examples = expectedVerdicts(reference);

        // when
        return examples.stream().map(example -> dynamicTest(example.file() + " as WMO" + example.message(), () -> {
            // given
            byte[] xml = Files.readAllBytes(examplesDir(reference).resolve(example.file()));
            Document original = parse(xml);
            List<Element> elements = SchemaConformanceMutations.elements(original);
            List<Mutant> mutants = new ArrayList<>();
            mutants.add(new Mutant("none (the iWmo variant itself)", Family.STRUCTURE, Set.of(), document -> {
            }));
            SchemaConformanceMutations.mutants(original, IJW_BASIS_NAMESPACE, otherMessageNamespace(original),
                    List.of()).stream()
                    .filter(mutant -> mutant.family() == Family.STRUCTURE)
                    .filter(mutant -> mutant.touched().stream()
                            .noneMatch(index -> SchemaConformanceIwmoVariants.isIjwOnly(elements.get(index))))
                    .forEach(mutants::add);
            String wmoSchemaFile = "WMO" + example.message() + ".xsd";
            Schema ours = schema(OUR_IWMO_SCHEMAS.resolve(wmoSchemaFile));
            Schema official = schema(officialXsdDir(reference).resolve(example.schemaFile()));
            ThreadLocal<Document> originals = ThreadLocal.withInitial(() -> parse(xml));
            long start = System.nanoTime();

            // when
            List<Outcome> outcomes = mutants.parallelStream().map(mutant -> {
                Document copy = copy(originals.get());
                mutant.apply().accept(copy);
                Verdict officialIjw = validate(official, copy);
                variants.convert(copy, example.message());
                return new Outcome(mutant, validate(ours, copy), officialIjw);
            }).toList();

            // then
            report(example.file() + " as WMO" + example.message(), "ours iwmo " + wmoSchemaFile, outcomes, start);
        }));
    }

    // ------------------------------------------------------------------ reporting

    private static void report(String example, String ourLabel, List<Outcome> outcomes, long start) {
        long officialValid = outcomes.stream().filter(outcome -> outcome.official().valid()).count();
        long ourValid = outcomes.stream().filter(outcome -> outcome.ours().valid()).count();
        List<Outcome> disagreements = outcomes.stream().filter(outcome -> !outcome.agrees()).toList();
        System.out.printf("%s: %d mutants; official %d valid / %d invalid; %s %d valid / %d invalid;"
                + " %d disagreements (%d ms)%n", example, outcomes.size(), officialValid,
                outcomes.size() - officialValid, ourLabel, ourValid, outcomes.size() - ourValid, disagreements.size(),
                (System.nanoTime() - start) / 1_000_000);
        List<Outcome> shown = broadestFirst(disagreements).stream().limit(MAX_REPORTED).toList();
        String details = shown.stream()
                .map(outcome -> "- " + example + " | " + outcome.mutant().description()
                        + "\n    ours:     " + outcome.ours()
                        + "\n    official: " + outcome.official())
                .collect(Collectors.joining("\n"));
        shown.forEach(outcome -> System.out.println(
                "  DISAGREEMENT " + example + " | " + outcome.mutant().description() + " | ours: " + outcome.ours()
                        + " | official: " + outcome.official()));
        assertThat(disagreements)
                .withFailMessage("%s: %d of %d mutants get another verdict from %s than from the official XSD"
                        + " (%d shown, one per kind of mutation and element first):%n%s", example,
                        disagreements.size(), outcomes.size(), ourLabel, shown.size(), details)
                .isEmpty();
    }

    /**
     * Reorders disagreements so that the first of every kind (mutation verb and element path, without positions or
     * values) comes before the second of any kind: a short list then still shows every schema difference.
     */
    private static List<Outcome> broadestFirst(List<Outcome> disagreements) {
        Map<String, Integer> seen = new HashMap<>();
        Map<Outcome, Integer> rank = new IdentityHashMap<>();
        for (Outcome outcome : disagreements) {
            String kind = outcome.mutant().description().replaceAll("\\[[0-9]+]", "").replaceFirst(" to .*$", "");
            rank.put(outcome, seen.merge(kind, 1, Integer::sum));
        }
        return disagreements.stream().sorted(Comparator.comparing(rank::get)).toList();
    }

    // ------------------------------------------------------------------ reference data

    /** The reference folder: the system property {@value #REFERENCE_DIR_PROPERTY}, else ../shared/reference. */
    static Path referenceDir() {
        String configured = System.getProperty(REFERENCE_DIR_PROPERTY);
        return configured == null || configured.isBlank()
                ? Path.of("..", "shared", "reference")
                : Path.of(configured);
    }

    /** Why the official reference data cannot be used, or null when it is there. */
    static String missingReferenceData(Path reference) {
        if (!Files.isDirectory(reference)) {
            return reference + " not found; official XSDs are needed to compare against (set -D"
                    + REFERENCE_DIR_PROPERTY + "=<dir> to point elsewhere)";
        }
        if (!Files.isRegularFile(officialXsdDir(reference).resolve("basisschema.xsd"))
                || !Files.isRegularFile(examplesDir(reference).resolve("EXPECTED.csv"))) {
            return reference + " has no ijw-3.2/xsd/basisschema.xsd or ijw-3.2/examples/EXPECTED.csv;"
                    + " official XSDs and examples are needed to compare against";
        }
        return null;
    }

    /** One test that is reported as skipped, with the reason also on System.out. */
    private static Stream<DynamicTest> skipped(String reason) {
        return Stream.of(dynamicTest("official reference data", () -> {
            System.out.println("SKIPPED: " + reason);
            Assumptions.assumeTrue(false, reason);
        }));
    }

    private static Path officialXsdDir(Path reference) {
        return reference.resolve("ijw-3.2").resolve("xsd");
    }

    private static Path examplesDir(Path reference) {
        return reference.resolve("ijw-3.2").resolve("examples");
    }

    /** EXPECTED.csv: file,schema,valid,reason (the reason may be quoted and contain commas). */
    private static List<Example> expectedVerdicts(Path reference) {
        try {
            return Files.readAllLines(examplesDir(reference).resolve("EXPECTED.csv"), StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(",", 4))
                    .map(row -> new Example(row[0].trim(), Path.of(row[1].trim()).getFileName().toString(),
                            Boolean.parseBoolean(row[2].trim()), row.length > 3 ? row[3].trim() : ""))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The namespace of another message of the same standard: jw302, or jw301 for JW302 itself. */
    private static String otherMessageNamespace(Document message) {
        String namespace = message.getDocumentElement().getNamespaceURI();
        String other = namespace.replaceFirst("/jw[0-9]{3}/", "/jw302/");
        return other.equals(namespace) ? namespace.replaceFirst("/jw[0-9]{3}/", "/jw301/") : other;
    }

    /** The enumeration values of every named simple type in the given XSDs (used to sweep code lists). */
    private static Collection<Set<String>> codeDomains(List<Path> xsds) {
        Map<String, Set<String>> domains = new LinkedHashMap<>();
        for (Path xsd : xsds) {
            try {
                Document document = parse(Files.readAllBytes(xsd));
                NodeList types = document.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "simpleType");
                for (int t = 0; t < types.getLength(); t++) {
                    Element type = (Element) types.item(t);
                    NodeList enumerations = type.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI,
                            "enumeration");
                    if (type.hasAttribute("name") && enumerations.getLength() > 0) {
                        Set<String> values = domains.computeIfAbsent(type.getAttribute("name"),
                                name -> new LinkedHashSet<>());
                        for (int e = 0; e < enumerations.getLength(); e++) {
                            values.add(((Element) enumerations.item(e)).getAttribute("value"));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return domains.values();
    }

    // ------------------------------------------------------------------ XML plumbing

    /** Compiles each XSD once. Only the test thread compiles; the compiled {@link Schema} is shared by all threads. */
    private static Schema schema(Path xsd) {
        return SCHEMAS.computeIfAbsent(xsd.toAbsolutePath().normalize(), path -> {
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
                return factory.newSchema(path.toFile());
            } catch (SAXException e) {
                throw new IllegalStateException("cannot compile " + path + ": " + e.getMessage(), e);
            }
        });
    }

    private static Verdict validate(Schema schema, Document document) {
        Validator validator = VALIDATORS.get().computeIfAbsent(schema, SchemaConformanceTests::newValidator);
        try {
            validator.validate(new DOMSource(document));
            return Verdict.VALID;
        } catch (SAXException e) {
            return new Verdict(false, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Validator newValidator(Schema schema) {
        try {
            Validator validator = schema.newValidator();
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return validator; // default error handling: the first error ends validation with a SAXException
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DocumentBuilder newDocumentBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document parse(byte[] xml) {
        try {
            return BUILDERS.get().parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new IllegalStateException("not well-formed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, independent copy of a document (on the calling thread's builder). */
    private static Document copy(Document original) {
        Document copy = BUILDERS.get().newDocument();
        copy.appendChild(copy.importNode(original.getDocumentElement(), true));
        return copy;
    }
}
