package nl.berichtenbatch.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.berichtenbatch.config.Role;
import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.message.SchemaCatalog;
import nl.berichtenbatch.message.Standard;

/** A generated workspace in a test: the result, its manifest, and each file read as the product reads it. */
record GeneratedSet(GenerateResult result, List<Manifest.Entry> manifest) {

    static final MessageReader READER = new MessageReader(SchemaCatalog.bundled(), 26_214_400);
    /** A fixed run date, so that the sets of these tests are the same every day. */
    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 23);

    static GeneratedSet generate(GenerateOptions options) {
        try {
            GenerateResult result = MessageSetGenerator.generate(options);
            return new GeneratedSet(result, Manifest.read(result.manifest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GenerateOptions options(Path out, int count, String role, String standard, int errors) {
        return GenerateOptions.of(count, out).withRole(Role.valueOf(role.toUpperCase()))
                .withStandards(standards(standard)).withErrorPercent(errors).withRunDate(RUN_DATE);
    }

    static Set<Standard> standards(String standard) {
        return switch (standard) {
            case "ijw" -> EnumSet.of(Standard.IJW);
            case "iwmo" -> EnumSet.of(Standard.IWMO);
            default -> EnumSet.allOf(Standard.class);
        };
    }

    Path file(Manifest.Entry entry) {
        return result.directory().resolve("data").resolve(entry.folder()).resolve(entry.file());
    }

    MessageRead read(Manifest.Entry entry) {
        try {
            return READER.read(file(entry));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
