package nl.berichtenbatch.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import nl.berichtenbatch.message.SchemaCatalog;

/** The official iJw 3.2 XSDs from the reference data, in a schemas-dir layout, when the reference data is there. */
final class OfficialSchemas {

    private static SchemaCatalog catalog;

    private OfficialSchemas() {
    }

    static synchronized Optional<SchemaCatalog> ijw() {
        Path official = Path.of("..", "shared", "reference", "ijw-3.2", "xsd");
        if (!Files.isDirectory(official)) {
            System.out.println("NOTE: ../shared/reference/ijw-3.2/xsd not found; answers are checked against our "
                    + "own schemas only");
            return Optional.empty();
        }
        if (catalog == null) {
            try {
                Path dir = Files.createTempDirectory("official-xsd");
                Path target = Files.createDirectories(dir.resolve("ijw/3.2"));
                try (Stream<Path> xsds = Files.list(official)) {
                    for (Path xsd : xsds.toList()) {
                        Files.copy(xsd, target.resolve(xsd.getFileName()));
                    }
                }
                catalog = SchemaCatalog.fromDirectory(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.of(catalog);
    }
}
