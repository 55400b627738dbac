package nl.berichtenbatch.processing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.berichtenbatch.audit.AuditEvent;
import nl.berichtenbatch.audit.AuditEventType;
import nl.berichtenbatch.audit.AuditTrail;
import nl.berichtenbatch.audit.Pseudonymizer;
import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.inbox.Outputs;
import nl.berichtenbatch.inbox.RunFile;
import nl.berichtenbatch.inbox.RunFiles;
import nl.berichtenbatch.inbox.Workspace;
import nl.berichtenbatch.message.MessageHeader;
import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.report.MessageReport;
import nl.berichtenbatch.report.ReportJson;
import nl.berichtenbatch.retour.DeclaratieVerdict;
import nl.berichtenbatch.retour.RetourHeader;
import nl.berichtenbatch.retour.RetourIds;
import nl.berichtenbatch.retour.RetourVerdict;
import nl.berichtenbatch.retour.RetourWriter;
import nl.berichtenbatch.state.Declaration;
import nl.berichtenbatch.state.Extract;
import nl.berichtenbatch.state.MessageRecord;
import nl.berichtenbatch.state.Scope;
import nl.berichtenbatch.state.StateStore;
import nl.berichtenbatch.validation.Assessment;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.MessageResult;
import nl.berichtenbatch.validation.OfficialLevel2;
import nl.berichtenbatch.validation.Outcome;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleEngine;

/**
 * Processes one claimed file inside the transaction of its chunk: decides its outcome (design.md 4.6), composes
 * its answer, applies it to the state, appends its audit events and plans its outputs. Nothing is written or moved
 * here; the planned outputs are carried out after the commit.
 */
public final class MessageProcessor {

    /** The version of the product's native level-2 rule set, written as XsltVersie after a level-2 rejection. */
    public static final String RULE_SET_VERSION = "1.0.0";

    private final MessageReader reader;
    private final RuleEngine engine;
    private final StateStore state;
    private final RunFiles runFiles;
    private final Outputs outputs;
    private final RetourWriter retours;
    private final Workspace workspace;
    private final Identities identities;
    private final Pseudonymizer pseudonyms;
    private final AuditTrail audit;
    private OfficialLevel2 official = OfficialLevel2.none();
    private SteeringFacts steering = new SteeringFacts(Contracts.NONE, rule -> false);

    /** The official level-2 XSLT, when the operator configured one. */
    public MessageProcessor withOfficialXslt(OfficialLevel2 officialLevel2) {
        this.official = officialLevel2;
        return this;
    }

    /** The contracts, for the steering facts per variant in each message's report (design.md 4.6). */
    public MessageProcessor withContracts(Contracts contracts) {
        this.steering = new SteeringFacts(contracts,
                rule -> engine.spec(rule).map(nl.berichtenbatch.validation.RuleSpec::variant).orElse(false));
        return this;
    }

    public MessageProcessor(MessageReader reader, RuleEngine engine, StateStore state, RunFiles runFiles,
            Outputs outputs, RetourWriter retours, Workspace workspace, Identities identities,
            Pseudonymizer pseudonyms, AuditTrail audit) {
        this.reader = reader;
        this.engine = engine;
        this.state = state;
        this.runFiles = runFiles;
        this.outputs = outputs;
        this.retours = retours;
        this.workspace = workspace;
        this.identities = identities;
        this.pseudonyms = pseudonyms;
        this.audit = audit;
    }

    /** One file's journey; returns its entry in the run report. */
    public MessageReport process(RunFile file, LocalDate runDate) throws IOException {
        return process(file, reader.read(file.path()), runDate);
    }

    /** One file's journey after level 1, which the job does ahead on another thread. */
    public MessageReport process(RunFile file, MessageRead read, LocalDate runDate) {
        Step step = new Step(file, read, runDate);
        if (read.sha256() != null && runFiles.processedBefore(read.sha256())) {
            return step.finish(Outcome.DUPLICATE, null, List.of(), workspace.duplicates(), false, null);
        }
        if (!read.isValid()) {
            return file.outgoing()
                    ? step.finish(Outcome.HELD, 1, read.findings(), workspace.outgoingRejected(), true, null)
                    : step.finish(Outcome.INVALID, 1, read.findings(), workspace.rejected(), true, null);
        }
        return file.outgoing() ? outgoing(step) : incoming(step);
    }

    private MessageReport incoming(Step step) {
        MessageKind kind = step.read.kind();
        MessageHeader header = step.read.header();
        MessageType type = kind.type();
        String ours = type.isRetour() ? header.afzender() : header.ontvanger();
        if (!identities.isOurs(ours)) {
            String side = type.isRetour() ? "Afzender" : "Ontvanger";
            return step.finish(Outcome.MISROUTED, null, List.of(ProductFindings.NOT_ADDRESSED_TO_US.error(
                    "/Bericht/Header/" + side, side + " " + ours + " is not one of our identities "
                            + identities.codes() + "; the message is not for us and gets no answer.")),
                    workspace.rejected(), true, null);
        }
        if (!identities.role().receives(type)) {
            return step.finish(Outcome.MISROUTED, null, List.of(ProductFindings.NOT_OURS_TO_RECEIVE.error(null,
                    "A " + identities.role().name().toLowerCase() + " does not receive " + kind.name() + " messages.")),
                    workspace.rejected(), true, null);
        }
        if (type.isRetour()) {
            return retour(step);
        }
        if (type == MessageType.DECLARATIE_ANTWOORD) {
            return declaratieAntwoord(step);
        }
        if (type == MessageType.DECLARATIE) {
            return declaratie(step);
        }
        return heenbericht(step);
    }

    /** A received 301, 305, 307, 315, 317 or 319: a retour in every case, the state only when accepted. */
    private MessageReport heenbericht(Step step) {
        Assessment assessment = assess(step);
        boolean accepted = assessment.accepted();
        Outcome outcome = accepted ? Outcome.ACCEPTED : Outcome.REJECTED;
        long messageId = step.record("IN", outcome, accepted);
        if (accepted) {
            apply(step, messageId);
        }
        RetourVerdict verdict = Verdicts.retour(assessment);
        byte[] retour = retours.retour(step.read, verdict, step.retourHeader(assessment.rejectedAtLevel2()));
        Path answer = step.writeAnswer(step.read.kind().type().answeredBy().orElseThrow(), retour);
        return step.finish(outcome, assessment.level(), assessment.findings(),
                accepted ? workspace.accepted() : workspace.archive(step.runDate), false, answer);
    }

    /** A received 323: the 325 says per prestatie what is approved; the approved ones enter the state. */
    private MessageReport declaratie(Step step) {
        Assessment assessment = assess(step);
        DeclaratieVerdict verdict = Verdicts.declaratie(assessment, step.read.root());
        List<String> approved = verdict.approvedPrestaties(step.read);
        int total = step.read.root().all("Declaratie/Clienten/Client/Prestaties/Prestatie").size();
        Outcome outcome = Verdicts.declaratieOutcome(verdict, approved.size());
        boolean processed = outcome != Outcome.REJECTED;
        long messageId = step.record("IN", outcome, processed);
        if (processed) {
            state.recordDeclaration(messageId, step.scope(), declaration(step, Set.copyOf(approved)));
        }
        byte[] answer = retours.declaratieAntwoord(step.read, verdict, step.retourHeader(verdict.isLevel2Rejection()));
        Path written = step.writeAnswer(MessageType.DECLARATIE_ANTWOORD, answer);
        audit.append(step.event(AuditEventType.RETOUR_WRITTEN).withDetail(approved.size() + " of " + total
                + " prestaties approved; 325 " + written.getFileName()));
        return step.finish(outcome, assessment.level(), assessment.findings(),
                processed ? workspace.accepted() : workspace.archive(step.runDate), false, written);
    }

    private Declaration declaration(Step step, Set<String> approvedPaths) {
        return Extract.declaration(step.read.root(), pseudonyms::pseudonym, approvedPaths);
    }

    /** A received retour: marks the message it answers accepted or, with any code, rejected (never sent). */
    private MessageReport retour(Step step) {
        MessageKind kind = step.read.kind();
        MessageKind answered = new MessageKind(kind.standard(), kind.release(), kind.type().answers().orElseThrow());
        List<Finding> findings = new ArrayList<>();
        var sent = state.sentMessage(answered, step.read.header().afzender(), step.read.header().identificatie());
        boolean rejected = !step.read.root().all("Header/RetourCodes/RetourCode").isEmpty();
        if (sent.isEmpty()) {
            findings.add(ProductFindings.ANSWERS_NOTHING_WE_SENT.warning("/Bericht/Header/BerichtIdentificatie",
                    "This retour answers " + answered.name() + " '" + step.read.header().identificatie()
                            + "', which we have no record of sending."));
        } else if (rejected) {
            state.markRejectedByPartner(sent.get());
        }
        step.record("IN", Outcome.RECORDED, true);
        return step.finish(Outcome.RECORDED, null, findings, workspace.accepted(), false, null);
    }

    /** A received 325: records which prestaties of our 323 were rejected (a rejected whole counts as never sent). */
    private MessageReport declaratieAntwoord(Step step) {
        Assessment assessment = assess(step);
        XmlElement root = step.read.root();
        List<Finding> findings = new ArrayList<>(assessment.findings());
        MessageKind declaratie = new MessageKind(step.read.kind().standard(), step.read.kind().release(),
                MessageType.DECLARATIE);
        var sent = state.sentMessage(declaratie, step.read.header().ontvanger(),
                root.valueOrNull("Header/DeclaratieIdentificatie/Identificatie"));
        if (sent.isEmpty()) {
            findings.add(ProductFindings.ANSWERS_NOTHING_WE_SENT.warning("/Bericht/Header/DeclaratieIdentificatie",
                    "This 325 answers declaration '" + root.valueOrNull("Header/DeclaratieIdentificatie/Identificatie")
                            + "', which we have no record of sending."));
        } else {
            List<String> headerCodes = root.all("Header/RetourCodes/RetourCode").stream().map(XmlElement::text).toList();
            List<String> answerCodes = root.all("DeclaratieAntwoord/RetourCodes/RetourCode").stream()
                    .map(XmlElement::text).toList();
            boolean wholeRejected = !headerCodes.equals(List.of("0200")) || root.find("DeclaratieAntwoord").isEmpty()
                    || answerCodes.stream().anyMatch(c -> !c.equals("0200") && !c.equals("8001"));
            if (wholeRejected) {
                state.markRejectedByPartner(sent.get());
            } else {
                List<String> rejected = root.all("DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie").stream()
                        .filter(p -> p.all("RetourCodes/RetourCode").stream().noneMatch(c -> c.text().equals("0200")))
                        .map(p -> p.valueOrNull("ProductReferentie/ReferentieNummer")).toList();
                state.markPrestatiesRejected(sent.get(), rejected);
            }
        }
        step.record("IN", Outcome.RECORDED, true);
        return step.finish(Outcome.RECORDED, null, findings, workspace.accepted(), false, null);
    }

    /** Our own message: checked as its receiver would check it; sent when it passes, held when it does not. */
    private MessageReport outgoing(Step step) {
        MessageKind kind = step.read.kind();
        MessageHeader header = step.read.header();
        if (!identities.isOurs(header.afzender())) {
            return step.finish(Outcome.HELD, null, List.of(ProductFindings.NOT_SENT_BY_US.error("/Bericht/Header/Afzender",
                    "Afzender " + header.afzender() + " is not one of our identities " + identities.codes() + ".")),
                    workspace.outgoingRejected(), true, null);
        }
        if (!identities.role().sends().contains(kind.type())) {
            return step.finish(Outcome.HELD, null, List.of(ProductFindings.NOT_OURS_TO_SEND.error(null,
                    "A " + identities.role().name().toLowerCase() + " does not send " + kind.name() + " messages.")),
                    workspace.outgoingRejected(), true, null);
        }
        Assessment assessment = assess(step);
        if (!assessment.accepted()) {
            return step.finish(Outcome.HELD, assessment.level(), assessment.findings(), workspace.outgoingRejected(),
                    true, null);
        }
        long messageId = step.record("OUT", Outcome.SENT, true);
        apply(step, messageId);
        if (kind.type() == MessageType.DECLARATIE) {
            state.recordDeclaration(messageId, step.scope(), declaration(step, Set.copyOf(
                    step.read.root().all("Declaratie/Clienten/Client/Prestaties/Prestatie").stream()
                            .map(XmlElement::path).toList())));
        }
        return step.finish(Outcome.SENT, null, assessment.findings(), workspace.outbox(), false, null);
    }

    private Assessment assess(Step step) {
        RuleContext context = step.context();
        step.assessment = official.combine(step.read, engine.assess(context));
        step.newAllocations = steering.newAllocations(context); // before apply: a repeated allocation is no new one
        return step.assessment;
    }

    /** Applies an accepted (or sent) message to the state (processes.md §11). */
    private void apply(Step step, long messageId) {
        state.apply(messageId, step.read.kind().type(), step.scope(), step.read.root(), pseudonyms::pseudonym);
    }

    /** One file on its way through {@link #process}: the values every branch needs. */
    private final class Step {

        final RunFile file;
        final MessageRead read;
        final LocalDate runDate;
        /** What levels 2-4 found, once they ran. */
        Assessment assessment;
        /** The ToegewezenProducten of a 301 that were new to the state when it was assessed (steering facts). */
        Set<String> newAllocations = Set.of();

        Step(RunFile file, MessageRead read, LocalDate runDate) {
            this.file = file;
            this.read = read;
            this.runDate = runDate;
        }

        Scope scope() {
            return Scope.of(read.kind(), read.header());
        }

        RuleContext context() {
            return new RuleContext(read, scope(), state.forOneAssessment(), pseudonyms::pseudonym, runDate);
        }

        long record(String direction, Outcome outcome, boolean effective) {
            MessageHeader header = read.header();
            return state.recordMessage(new MessageRecord(file.runId(), file.id(), direction, read.kind(),
                    header.afzender(), header.ontvanger(), scope(), header.identificatie(),
                    header.dagtekening() == null ? null : LocalDate.parse(header.dagtekening()), read.sha256(),
                    file.name(), outcome.name(), effective, read.root().valueOrNull("Header/XsdVersie/BasisschemaXsdVersie"),
                    read.root().valueOrNull("Header/XsdVersie/BerichtXsdVersie")));
        }

        RetourHeader retourHeader(boolean level2Rejection) {
            return new RetourHeader(RetourIds.identificatieFor(read.sha256()), runDate,
                    level2Rejection ? official.xsltVersie(read.kind().standard(), RULE_SET_VERSION) : null);
        }

        /** Plans the answer into outbox/, named for its type and identification, so a rewrite replaces it. */
        Path writeAnswer(MessageType type, byte[] content) {
            MessageKind answer = new MessageKind(read.kind().standard(), read.kind().release(), type);
            Path target = workspace.outbox().resolve(answer.name() + "_" + RetourIds.identificatieFor(read.sha256()) + ".xml");
            outputs.write(file.runId(), file.id(), target, content);
            return target;
        }

        AuditEvent event(AuditEventType type) {
            String onBehalfOf = read.kind() == null ? null
                    : file.outgoing() ? read.header().afzender()
                    : read.kind().type().isRetour() ? read.header().afzender() : read.header().ontvanger();
            String bsn = read.root() == null ? null : read.root().valueOrNull("Client/Bsn");
            String reference = file.name() + (read.header().identificatie() == null ? ""
                    : " " + (read.kind() == null ? "" : read.kind().name() + " ") + read.header().identificatie());
            return new AuditEvent(type, AuditEvent.SYSTEM, identities.isOurs(onBehalfOf) ? onBehalfOf : null, bsn,
                    reference, file.runId(), null);
        }

        /** Records the outcome, plans the move of the file (and its error report) and writes the audit trail. */
        MessageReport finish(Outcome outcome, Integer level, List<Finding> findings, Path folder, boolean withReport,
                Path answer) {
            Path target = outputs.move(file.runId(), file.id(), file.path(), folder, file.seq());
            if (withReport) {
                outputs.write(file.runId(), file.id(), target.resolveSibling(target.getFileName() + ".fout.txt"),
                        errorReport(outcome, findings).getBytes(StandardCharsets.UTF_8));
            }
            MessageResult result = new MessageResult(read, outcome, level, findings);
            MessageReport report = MessageReport.of(file.name(), file.outgoing() ? "outbound" : "inbound", result,
                    answer == null ? workspace.root().relativize(target).toString()
                            : workspace.root().relativize(answer).toString())
                    .withVariantFacts(steering.of(read, outcome, file.outgoing(), assessment, newAllocations));
            runFiles.finish(file.id(), read.sha256(), outcome.name(), ReportJson.line(report));
            audit.append(event(AuditEventType.MESSAGE_RECEIVED).withDetail((file.outgoing() ? "outgoing" : "inbox")
                    + " file, sha256 " + (read.sha256() == null ? "not read" : read.sha256())));
            audit.append(event(auditType(outcome)).withDetail(outcome + (level == null ? "" : " at level " + level)
                    + ", to " + workspace.root().relativize(target)
                    + (answer == null ? "" : "; answer " + workspace.root().relativize(answer))));
            // a declaration concerns many clients: one event each, so that audit search finds every one of them
            if (read.root() != null && read.root().find("Client/Bsn").isEmpty()) {
                for (XmlElement client : read.root().all("Declaratie/Clienten/Client")) {
                    audit.append(event(auditType(outcome)).withClientBsn(client.valueOrNull("Bsn"))
                            .withDetail("client of this declaration; " + outcome));
                }
                for (XmlElement client : read.root().all("DeclaratieAntwoord/Clienten/Client")) {
                    audit.append(event(auditType(outcome)).withClientBsn(client.valueOrNull("Bsn"))
                            .withDetail("client of this declaration answer; " + outcome));
                }
            }
            return report;
        }

        private String errorReport(Outcome outcome, List<Finding> findings) {
            StringBuilder text = new StringBuilder();
            text.append("berichtenbatch: ").append(file.name()).append(" is ").append(outcome)
                    .append(outcome == Outcome.HELD ? " (not sent)" : " (no retour: the standard prescribes none)")
                    .append(System.lineSeparator());
            if (read.kind() != null) {
                text.append(read.kind()).append(", identificatie ").append(read.header().identificatie())
                        .append(System.lineSeparator());
            }
            text.append(System.lineSeparator());
            for (Finding finding : findings) {
                text.append(finding.rule());
                if (finding.retourcode() != null) {
                    text.append(" [").append(finding.retourcode()).append(']');
                }
                if (finding.line() > 0) {
                    text.append(" line ").append(finding.line());
                    if (finding.column() > 0) {
                        text.append(':').append(finding.column());
                    }
                }
                text.append("  ").append(finding.text()).append(System.lineSeparator());
            }
            return text.toString();
        }
    }

    private static AuditEventType auditType(Outcome outcome) {
        return switch (outcome) {
            case ACCEPTED -> AuditEventType.MESSAGE_ACCEPTED;
            case REJECTED -> AuditEventType.MESSAGE_REJECTED;
            case INVALID -> AuditEventType.MESSAGE_INVALID;
            case DUPLICATE -> AuditEventType.DUPLICATE;
            case MISROUTED -> AuditEventType.MISROUTED;
            case PARTIAL -> AuditEventType.MESSAGE_PARTIAL;
            case SENT -> AuditEventType.MESSAGE_SENT;
            case HELD -> AuditEventType.MESSAGE_HELD;
            case RECORDED -> AuditEventType.MESSAGE_RECORDED;
        };
    }
}
