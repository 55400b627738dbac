package nl.berichtenbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.berichtenbatch.inbox.RunFile;
import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.message.SchemaCatalog;

class ReadAheadTests {

    @TempDir
    Path dir;

    private final MessageReader reader = new MessageReader(SchemaCatalog.bundled(), 26_214_400);

    @Test
    void givesTheFileReadAheadAsTheReaderReadsIt() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("start.xml"), GemeenteFunctionalTests.sample("ijw", "305"));
        ReadAhead readAhead = new ReadAhead(reader);
        RunFile runFile = runFile(1, file);
        // when
        readAhead.ahead(runFile);
        MessageRead read = readAhead.take(runFile);
        // then
        MessageRead direct = reader.read(file);
        assertThat(read.isValid()).isTrue();
        assertThat(read.sha256()).isEqualTo(direct.sha256());
        assertThat(read.kind()).isEqualTo(direct.kind());
        assertThat(read.findings()).isEqualTo(direct.findings());
    }

    @Test
    void readsAFileNotReadAheadWhenTaken() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("empty.xml"), "");
        ReadAhead readAhead = new ReadAhead(reader);
        // when
        MessageRead read = readAhead.take(runFile(2, file));
        // then
        assertThat(read.isValid()).isFalse();
        assertThat(read.findings()).extracting(f -> f.rule()).containsExactly("BB001");
    }

    @Test
    void passesOnAFailureToReadTheDisk() {
        // given a claimed file that is gone
        ReadAhead readAhead = new ReadAhead(reader);
        RunFile gone = runFile(3, dir.resolve("gone.xml"));
        readAhead.ahead(gone);
        // when / then
        assertThatThrownBy(() -> readAhead.take(gone)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void readsAgainAfterBeingCleared() throws IOException {
        // given a file read ahead, then changed (a stop, and the next run finds it again)
        Path file = Files.writeString(dir.resolve("later.xml"), "");
        ReadAhead readAhead = new ReadAhead(reader);
        RunFile runFile = runFile(4, file);
        readAhead.ahead(runFile);
        readAhead.clear();
        Files.writeString(file, GemeenteFunctionalTests.sample("ijw", "305"));
        // when
        MessageRead read = readAhead.take(runFile);
        // then
        assertThat(read.isValid()).isTrue();
    }

    @Test
    void readsAheadNoMoreBytesThanTheBudgetButAlwaysTheNextFile() throws IOException {
        // given four files of 3,000 bytes and a budget of 5,000 bytes
        ReadAhead readAhead = new ReadAhead(reader, 5_000);
        RunFile[] files = new RunFile[4];
        for (int i = 0; i < files.length; i++) {
            files[i] = runFile(10 + i, Files.writeString(dir.resolve("m" + i + ".xml"), " ".repeat(3_000)));
        }
        // when all four are announced, two are read ahead (the second still starts below the budget)
        for (RunFile file : files) {
            readAhead.ahead(file);
        }
        assertThat(readAhead.bytesAhead()).isEqualTo(6_000);
        // then taking one makes room for the next, and every file is read once, in order
        readAhead.take(files[0]);
        assertThat(readAhead.bytesAhead()).isEqualTo(6_000);
        readAhead.take(files[1]);
        readAhead.take(files[2]);
        assertThat(readAhead.bytesAhead()).isEqualTo(3_000);
        assertThat(readAhead.take(files[3]).findings()).extracting(f -> f.rule()).containsExactly("BB001");
        assertThat(readAhead.bytesAhead()).isZero();
    }

    @Test
    void readsTheNextFileAheadEvenWhenItIsLargerThanTheBudget() throws IOException {
        // given a budget smaller than one file
        ReadAhead readAhead = new ReadAhead(reader, 100);
        RunFile first = runFile(20, Files.writeString(dir.resolve("first.xml"), " ".repeat(3_000)));
        RunFile second = runFile(21, Files.writeString(dir.resolve("second.xml"), " ".repeat(3_000)));
        // when
        readAhead.ahead(first);
        readAhead.ahead(second);
        // then one file is read ahead at a time
        assertThat(readAhead.bytesAhead()).isEqualTo(3_000);
        readAhead.take(first);
        assertThat(readAhead.bytesAhead()).isEqualTo(3_000);
        readAhead.take(second);
        assertThat(readAhead.bytesAhead()).isZero();
    }

    private static RunFile runFile(long id, Path path) {
        return new RunFile(id, 1, (int) id, RunFile.INBOX, path.getFileName().toString(), Instant.EPOCH, path);
    }
}
