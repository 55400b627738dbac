package nl.berichtenbatch.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.report.ReportJson;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.RuleCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rules [--json]}: the rule catalogue, printed from the rules' own metadata. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        description = {"The rule catalogue: id, level, retour code, messages, summary; for rules that read data from "
                + "outside the message traffic (level 4, contracts), which data."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:usage error"},
        footerHeading = "%nExample:%n",
        footer = "  berichtenbatch rules --json")
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per rule.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Rule rule : RuleCatalogue.all()) {
            RuleSpec s = rule.spec();
            List<String> messages = Arrays.stream(s.messages()).map(MessageType::number).toList();
            if (json) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", s.id());
                row.put("level", s.level());
                row.put("retourcode", s.retourcode().isEmpty() ? null : s.retourcode());
                row.put("messages", messages);
                row.put("header", s.header());
                row.put("summary", s.summary());
                row.put("assumption", s.assumption().isEmpty() ? null : s.assumption());
                row.put("data", s.data().isEmpty() ? null : s.data());
                out.println(ReportJson.line(row));
            } else {
                out.printf("%-6s level %d  %-4s  %-28s %s%n", s.id(), s.level(),
                        s.retourcode().isEmpty() ? "-" : s.retourcode(), String.join(" ", messages), s.summary());
                if (!s.data().isEmpty()) {
                    out.printf("%-51sneeds: %s%n", "", s.data());
                }
            }
        }
        return ExitCodes.OK;
    }
}
