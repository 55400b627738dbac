package nl.berichtenbatch.processing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.retour.DeclaratieVerdict;
import nl.berichtenbatch.state.ClientIds;
import nl.berichtenbatch.state.History;
import nl.berichtenbatch.state.Scope;
import nl.berichtenbatch.validation.Assessment;
import nl.berichtenbatch.validation.MessageResult;
import nl.berichtenbatch.validation.OfficialLevel2;
import nl.berichtenbatch.validation.Outcome;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleEngine;

/**
 * Checks one message as its receiver would, at all four levels, against a history it only reads: what
 * {@code validate} does. Nothing is recorded and nothing is answered.
 */
public final class MessageValidator {

    private final MessageReader reader;
    private final RuleEngine engine;
    private final History history;
    private final ClientIds clients;
    private final LocalDate runDate;
    private final OfficialLevel2 official;

    public MessageValidator(MessageReader reader, RuleEngine engine, History history, ClientIds clients,
            LocalDate runDate) {
        this(reader, engine, history, clients, runDate, OfficialLevel2.none());
    }

    /** A validator that also runs the official level-2 XSLT, exactly as {@code process} does. */
    public MessageValidator(MessageReader reader, RuleEngine engine, History history, ClientIds clients,
            LocalDate runDate, OfficialLevel2 official) {
        this.reader = reader;
        this.engine = engine;
        this.history = history;
        this.clients = clients;
        this.runDate = runDate;
        this.official = official;
    }

    public MessageResult validate(Path file) throws IOException {
        MessageRead read = reader.read(file);
        if (!read.isValid()) {
            return new MessageResult(read, Outcome.INVALID, 1, read.findings());
        }
        MessageType type = read.kind().type();
        if (type.isRetour()) {
            return new MessageResult(read, Outcome.RECORDED, null, read.findings());
        }
        Assessment assessment = official.combine(read, engine.assess(new RuleContext(read,
                Scope.of(read.kind(), read.header()), history, clients, runDate)));
        if (type == MessageType.DECLARATIE_ANTWOORD) {
            // a 325 gets no answer: its findings are reported only (validation.md §0.20)
            return new MessageResult(read, Outcome.RECORDED, null, assessment.findings());
        }
        Outcome outcome = assessment.accepted() ? Outcome.ACCEPTED : Outcome.REJECTED;
        if (type == MessageType.DECLARATIE) {
            // as process decides it: by the prestaties its 325 would approve
            DeclaratieVerdict verdict = Verdicts.declaratie(assessment, read.root());
            outcome = Verdicts.declaratieOutcome(verdict, verdict.approvedPrestaties(read).size());
        }
        return new MessageResult(read, outcome, assessment.level(), assessment.findings());
    }
}
