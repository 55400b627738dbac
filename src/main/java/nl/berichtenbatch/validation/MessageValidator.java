package nl.berichtenbatch.validation;

import java.io.IOException;
import java.nio.file.Path;

import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageReader;

/**
 * Checks one message as its receiver would, level by level, and gives its outcome. Level 1 (format) is in
 * place; levels 2-4 are added behind the same method by the rule engine.
 */
public final class MessageValidator {

    private final MessageReader reader;

    public MessageValidator(MessageReader reader) {
        this.reader = reader;
    }

    public MessageResult validate(Path file) throws IOException {
        MessageRead read = reader.read(file);
        if (!read.isValid()) {
            return new MessageResult(read, Outcome.INVALID, 1, read.findings());
        }
        Outcome accepted = read.kind().type().isRetour() || read.kind().type().answeredBy().isEmpty()
                ? Outcome.RECORDED : Outcome.ACCEPTED;
        return new MessageResult(read, accepted, null, read.findings());
    }
}
