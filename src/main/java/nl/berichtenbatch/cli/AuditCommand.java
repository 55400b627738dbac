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
        subcommands = {AuditCommand.Verify.class, AuditCommand.Search.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the trail is intact / search done", "1:the trail was changed (verify)",
            "2:usage or configuration error"},
        footerHeading = "%nExamples:%n",
        footer = {"  berichtenbatch audit verify", "  berichtenbatch audit search --bsn 999912343"})
final class AuditCommand implements Runnable {

    @ParentCommand
    BerichtenbatchCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: verify or search");
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
}
