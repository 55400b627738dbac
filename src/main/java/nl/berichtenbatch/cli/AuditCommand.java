package nl.berichtenbatch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import nl.berichtenbatch.audit.AuditRecord;
import nl.berichtenbatch.audit.AuditTrail;
import nl.berichtenbatch.audit.VerifyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code audit verify | search --bsn BSN}: the audit trail for an auditor. */
@Command(name = "audit",
        mixinStandardHelpOptions = true,
        description = "Checks the audit trail's hash chain, or finds a client's events.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Search.class, AuditCommand.Export.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the trail is intact / search done", "1:the trail was changed (verify)",
            "2:usage or configuration error"},
        footerHeading = "%nExamples:%n",
        footer = {"  berichtenbatch audit verify", "  berichtenbatch audit search --bsn 999912343",
            "  berichtenbatch audit export --from 2026-01-01 --to 2026-03-31 --format csv > audit-q1.csv"})
final class AuditCommand implements Runnable {

    @ParentCommand
    BerichtenbatchCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: verify, search or export");
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Walks the hash chain and reports the first changed, inserted or deleted event.")
    static final class Verify implements Callable<Integer> {

        @ParentCommand
        AuditCommand audit;

        @Override
        public Integer call() {
            PrintWriter out = audit.spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = SpringContexts.open(audit.parent.settings())) {
                VerifyResult result = context.getBean(AuditTrail.class).verify();
                out.println(result.summary());
                return result.intact() ? ExitCodes.OK : ExitCodes.FAILED;
            }
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Every event about one client, found through its pseudonym.")
    static final class Search implements Callable<Integer> {

        @ParentCommand
        AuditCommand audit;

        @Option(names = "--bsn", required = true, paramLabel = "BSN", description = "The client's BSN (9 digits).")
        String bsn;

        @Override
        public Integer call() {
            if (bsn == null || !bsn.matches("\\d{9}")) {
                throw new UsageException("--bsn needs the 9 digits of a BSN");
            }
            PrintWriter out = audit.spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = SpringContexts.open(audit.parent.settings())) {
                var records = context.getBean(AuditTrail.class).search(bsn);
                for (AuditRecord record : records) {
                    out.println(record);
                }
                out.println(records.size() + " events");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"The audit trail for an auditor, pseudonymised (clients only as keyed pseudonyms), as CSV "
                    + "or JSON lines on standard output.", "--from and --to are dates (Dutch time), both included."})
    static final class Export implements Callable<Integer> {

        enum Format { csv, json }

        @ParentCommand
        AuditCommand audit;

        @Option(names = "--from", paramLabel = "DATE", description = "First day (yyyy-mm-dd), default: the beginning.")
        java.time.LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "Last day (yyyy-mm-dd), default: today.")
        java.time.LocalDate to;

        @Option(names = "--format", paramLabel = "FORMAT", description = "csv (default) or json (one object per line).")
        Format format = Format.csv;

        @Override
        public Integer call() {
            if (from != null && to != null && to.isBefore(from)) {
                throw new UsageException("--to " + to + " is before --from " + from);
            }
            java.time.ZoneId zone = nl.berichtenbatch.job.RunLauncher.NETHERLANDS;
            java.time.Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
            java.time.Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
            PrintWriter out = audit.spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = SpringContexts.open(audit.parent.settings())) {
                if (format == Format.csv) {
                    out.println("seq,time,event,actor,on_behalf_of,client_pseudonym,message_ref,run_id,detail,prev_hash,hash");
                }
                context.getBean(AuditTrail.class).export(start, end, record -> out.println(format == Format.csv
                        ? csv(record) : nl.berichtenbatch.report.ReportJson.line(record)));
            }
            return ExitCodes.OK;
        }

        private static String csv(AuditRecord r) {
            return String.join(",", Long.toString(r.seq()), r.time().toString(), field(r.type()), field(r.actor()),
                    field(r.onBehalfOf()), field(r.clientPseudonym()), field(r.messageRef()),
                    r.runId() == null ? "" : r.runId().toString(), field(r.detail()), r.prevHash(), r.hash());
        }

        /** RFC 4180: quoted when it holds a comma, quote or line break. */
        private static String field(String value) {
            if (value == null) {
                return "";
            }
            boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
            return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
        }
    }
}
