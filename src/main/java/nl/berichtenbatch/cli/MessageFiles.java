package nl.berichtenbatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Turns the FILE arguments of a command into files: a folder stands for the .xml files in it and below it. */
final class MessageFiles {

    private MessageFiles() {
    }

    static List<Path> expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                List<Path> inFolder = xmlFilesIn(argument);
                if (inFolder.isEmpty()) {
                    throw new UsageException("no .xml files in folder " + argument);
                }
                files.addAll(inFolder);
            } else if (Files.exists(argument)) {
                files.add(argument);
            } else {
                throw new UsageException("file not found: " + argument);
            }
        }
        return files;
    }

    private static List<Path> xmlFilesIn(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
