package nl.berichtenbatch.validation;

import java.util.List;

import nl.berichtenbatch.message.MessageRead;

/**
 * The verdict on one message: what was read, the outcome, the level that decided it (null when nothing was
 * wrong) and every finding of every level that ran.
 */
public record MessageResult(MessageRead read, Outcome outcome, Integer level, List<Finding> findings) {

    public MessageResult {
        findings = List.copyOf(findings);
    }
}
