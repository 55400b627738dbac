package nl.berichtenbatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import nl.berichtenbatch.codelist.CodeLists;
import nl.berichtenbatch.contract.ContractSummary;
import nl.berichtenbatch.contract.ContractsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code contracts check FILE}: checks a contracts file (design.md 4.5) before an installation uses it. */
@Command(name = "contracts",
        mixinStandardHelpOptions = true,
        description = "'contracts check FILE' checks a contracts file (design.md 4.5: the variant, unit and tariff "
                + "that gemeente and aanbieder agreed per product) and summarises it.",
        subcommands = ContractsCommand.Check.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the file is right", "2:the file has errors, or usage error"},
        footerHeading = "%nExample:%n",
        footer = "  berichtenbatch contracts check data/contracts.csv")
final class ContractsCommand implements Runnable {

    @ParentCommand
    BerichtenbatchCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: check");
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Checks every row of a contracts file, as process does when it starts, and prints what "
                    + "it covers per variant and per aanbieder; or one line per bad row.",
                "Needs no configuration; a configured berichtenbatch.codelists.dir is used for the product codes."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every row is right", "2:at least one bad row, or usage error"})
    static final class Check implements Callable<Integer> {

        @ParentCommand
        ContractsCommand contracts;

        @Parameters(paramLabel = "FILE", description = "The contracts file (CSV, design.md 4.5).")
        Path file;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new UsageException(file + " not found");
            }
            CodeLists codeLists = CodeLists.configured(contracts.parent.settings().codeLists());
            ContractsFile.Result result = new ContractsFile(codeLists.productCodes()).read(file);
            if (!result.valid()) {
                ("berichtenbatch: " + result.describeErrors()).lines()
                        .forEach(contracts.spec.commandLine().getErr()::println);
                return ExitCodes.USAGE;
            }
            PrintWriter out = contracts.spec.commandLine().getOut();
            out.println(file + ": " + result.rows().size() + (result.rows().size() == 1 ? " row" : " rows")
                    + ", no errors");
            table(out, "variant", ContractSummary.byVariant(result.rows()));
            table(out, "aanbieder", ContractSummary.byAanbieder(result.rows()));
            return ExitCodes.OK;
        }

        private static void table(PrintWriter out, String heading, List<ContractSummary> lines) {
            out.println();
            out.printf("%-20s %5s %9s %10s  %s%n", heading, "rows", "products", "gemeenten", "period");
            for (ContractSummary line : lines) {
                out.printf("%-20s %5d %9d %10d  %s%n", line.name(), line.rows(), line.products(), line.gemeenten(),
                        line.period());
            }
        }
    }
}
